"""Attributions inside one sentence, read off a dependency parse.

A reporting verb's subject is the source and its clausal complement the
content ("Officials said [that] the talks had stalled"); "according to X"
makes the rest of the sentence X's content; a verb such as "announced" takes
its object as content. Only sentences holding a cue are parsed, and a very
long "sentence" (a paragraph the splitter could not break) is parsed only in
a window around each cue, so the cost stays bounded.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from storyline.analyze.nlp import parse_spans
from storyline.analyze.quotes.cues import (
    ADDRESSEE_VERBS,
    ATTITUDE_ADJECTIVES,
    CARRIER_VERBS,
    CUE_FORMS,
    NOUN_CUES,
    OBJECT_CONTENT_VERBS,
    PREP_NOUN_CUES,
    QUOTE_ONLY_LEMMAS,
    RESPONSE_VERBS,
    SPEECH_ACT_NOUNS,
    XCOMP_CONTENT_LEMMAS,
    cue_lemma,
)
from storyline.analyze.quotes.statements import (
    BROAD_CUES,
    can_speak,
    intention_only,
    names_a_time,
    not_yet_said,
    passive_without_agent,
    state_complement,
)

__all__ = [
    "MAX_PARSE_TOKENS",
    "Attribution",
    "attributions_in",
    "cue_in",
    "trigger_tokens",
    "verb_offsets",
]

MAX_PARSE_TOKENS = 150
"""Longer sentences are parsed in windows of this many tokens around each cue."""

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp", "acomp", "pcomp", "prep"})
"""Dependencies through which a verb without a subject borrows its governor's subject
("are likely to say", "began by saying", "stood up and said")."""
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
_CUT_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "punct", "cc", "conj", "parataxis"})
_TRIM = " \t\n,;:.—–-"
_PHRASE_BREAKS = frozenset({",", ";", ":", "“", "”", '"', "‘", "’", "—", "–", "(", ")"})
_CONTENT_PREPS = frozenset({"for", "about", "of", "against"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Character offsets of a cue, its source (if written) and its content (if found)."""

    cue_start: int
    cue_end: int
    cue: str
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    antecedent: tuple[int, int] | None = None
    """The noun phrase a relative-pronoun source hangs on ("the board, which ruled")."""
    content_is_phrase: bool = False
    """The content is what the words are about (an object: "called the plan", "criticized
    the law as"), not a clause stating them, so quoted words beside it in the sentence
    ("called the plan "a disaster"") are still this cue's to take."""
    sourceless: bool = False
    """The text names no source (a passive with no agent: "is expected to", "was
    described as"); its subject is what was spoken of, so none is to be looked for."""
    statement: bool = True
    """Whether the source states the content. An attribution in the broad sense of the
    PARC/PolNeAR scheme also covers a plan ("aims to discuss"), an intention ("plans to
    leave") and a state of things ("Cases seem to be declining", "figures show"): its
    source span is kept as the scheme writes it, but it names nobody who said anything."""


_TRIGGERS = (
    frozenset(CUE_FORMS) | NOUN_CUES | set(PREP_NOUN_CUES) | ATTITUDE_ADJECTIVES | {"according"}
)
_STANCE_PREPS = frozenset({"of", "about", "over", "with", "that", "to"})
_TRIGGER_HASHES: dict[int, Any] = {}


def trigger_tokens(doc: Any) -> list[int]:
    """Indices of the tokens that can start an attribution (a cue form, a speech noun,
    "according"), found in one vectorised pass so that only they are looked at in Python."""
    from spacy.attrs import LOWER

    hashes = _TRIGGER_HASHES.get(id(doc.vocab))
    if hashes is None:
        hashes = np.array(sorted(doc.vocab.strings.add(w) for w in _TRIGGERS), dtype=np.uint64)
        _TRIGGER_HASHES[id(doc.vocab)] = hashes
    lowers = doc.to_array(LOWER)
    return [int(i) for i in np.flatnonzero(np.isin(lowers, hashes))]


_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD")
_VERB_HASHES: dict[int, Any] = {}


def verb_offsets(doc: Any) -> list[int]:
    """Character offsets of the tokens the tagger calls verbs, in one vectorised pass."""
    from spacy.attrs import IDX, TAG

    hashes = _VERB_HASHES.get(id(doc.vocab))
    if hashes is None:
        hashes = np.array(sorted(doc.vocab.strings.add(t) for t in _VERB_TAGS), dtype=np.uint64)
        _VERB_HASHES[id(doc.vocab)] = hashes
    if not len(doc):
        return []
    table = doc.to_array([TAG, IDX])
    return [int(i) for i in table[np.isin(table[:, 0], hashes), 1]]


def cue_in(
    doc: Any,
    triggers: Sequence[int],
    start: int,
    end: int,
    skip: Callable[[int], bool],
    quoted: bool = True,
) -> bool:
    """Whether tokens start..end of `doc` (minus those at skipped offsets) may hold an
    attribution, before paying for a parse; only the `trigger_tokens` among them are read.

    A reporting verb or "according to" qualifies; a speech noun only when a
    that-clause follows it; a quote-only verb ("continued") only when the
    sentence has quotation marks (`quoted`).
    """
    for i in triggers[bisect_left(triggers, start) : bisect_left(triggers, end)]:
        tok = doc[i]
        if skip(tok.idx):
            continue
        low = tok.lower_
        if low == "according":
            if any(t.lower_ == "to" for t in _next_kept(doc, i, end, skip, 1)):
                return True
            continue
        lemma = cue_lemma(low)
        if lemma and _verbal(tok) and (quoted or lemma not in QUOTE_ONLY_LEMMAS):
            return True
        if (
            low in NOUN_CUES
            and tok.tag_.startswith("NN")
            and any(t.lower_ == "that" for t in _next_kept(doc, i, end, skip, 2))
        ):
            return True
        after = [t.lower_ for t in _next_kept(doc, i, end, skip, 1)]
        if low in PREP_NOUN_CUES and tok.tag_.startswith("NN") and set(after) & PREP_NOUN_CUES[low]:
            return True
        if low in ATTITUDE_ADJECTIVES and tok.tag_ == "JJ" and set(after) & _STANCE_PREPS:
            return True
    return False


def _next_kept(doc: Any, i: int, end: int, skip: Callable[[int], bool], n: int) -> list[Any]:
    out: list[Any] = []
    j = i + 1
    while j < end and len(out) < n:
        if not skip(doc[j].idx):
            out.append(doc[j])
        j += 1
    return out


_ALWAYS_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "tweeted"})


def _verbal(tok: Any) -> bool:
    """A verb by its tag, or a form that is a verb whatever the tagger says (headline "says")."""
    return bool(tok.tag_.startswith("VB") or tok.lower_ in _ALWAYS_VERBS)


def _never(_: Any) -> bool:
    return False


_NEVER: Callable[[Any], bool] = _never


def attributions_in(
    sentences: Sequence[Any], quoted: Callable[[int], bool] | None = None
) -> list[Attribution]:
    """Attributions in sentences (spaCy Spans of one unparsed, tagged document).

    All windows are parsed in one batch: the parser is much faster on a batch
    than on one short document at a time.
    """
    windows = [w for sentence in sentences for w in _windows(sentence)]
    triggers: dict[int, list[int]] = {}
    out: list[Attribution] = []
    for window, parsed in zip(windows, parse_spans(windows), strict=True):
        doc = window.doc
        if id(doc) not in triggers:
            triggers[id(doc)] = trigger_tokens(doc)
        found_in = triggers[id(doc)]
        base = window.start_char
        inside = _NEVER if quoted is None else _offset_check(quoted, base)
        lo = bisect_left(found_in, window.start)
        for i in found_in[lo : bisect_left(found_in, window.end)]:
            found = _from_token(parsed[i - window.start], base, inside)
            if found is not None:
                out.append(found)
    return out


def _offset_check(quoted: Callable[[int], bool], base: int) -> Callable[[Any], bool]:
    return lambda tok: quoted(tok.idx + base)


def _windows(sentence: Any) -> Iterator[Any]:
    if len(sentence) <= MAX_PARSE_TOKENS:
        yield sentence
        return
    doc, half = sentence.doc, MAX_PARSE_TOKENS // 2
    last_end = sentence.start
    for tok in sentence:
        if tok.i < last_end or not (cue_lemma(tok.lower_) or tok.lower_ == "according"):
            continue
        start = max(sentence.start, tok.i - half, last_end)
        end = min(sentence.end, tok.i + half)
        last_end = end
        yield doc[start:end]


def _from_token(tok: Any, base: int, quoted: Callable[[Any], bool] = _NEVER) -> Attribution | None:
    low = tok.lower_
    if low == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
        return _according_to(tok, base)
    if low in NOUN_CUES and tok.tag_.startswith("NN"):
        found = _noun_cue(tok, base)
        if found is not None or low not in PREP_NOUN_CUES:
            return found
    if low in PREP_NOUN_CUES and tok.tag_.startswith("NN"):
        return _prep_noun_cue(tok, base)
    if low in ATTITUDE_ADJECTIVES and tok.tag_ == "JJ":
        return _stance_cue(tok, base)
    lemma = cue_lemma(low)
    if lemma is None or not _verbal(tok):
        return None
    if any(c.dep_ == "prt" and c.lower_ in _OTHER_VERB_PARTICLES for c in tok.children):
        return None  # "call off", "back down", "write off": another verb
    planned = not_yet_said(tok)  # "aims to discuss", "met to discuss": a plan or a purpose
    content, phrase = None, False
    if lemma not in QUOTE_ONLY_LEMMAS:
        content = _clause_content(tok, lemma)
        if content is None:
            content = _phrase_content(tok, lemma)
            phrase = content is not None
    sourceless = passive_without_agent(tok)
    source = None if sourceless else _subject_of(tok, quoted) or _inverted_subject(tok)
    if source is not None and names_a_time(_source_head(source)):
        source = None
    statement = not (
        planned
        or any(intention_only(tok, lemma, c) for c in tok.children if c.dep_ == "xcomp")
        or state_complement(tok, lemma)
        or (lemma in BROAD_CUES and source is not None and not _speaks(source))
    )
    if content is not None and content[0].i <= tok.i <= content[1].i:
        # a parse that puts the verb inside its own content: what follows the verb is said
        content = _trimmed(tok.doc, tok.i + 1, content[1].i) if content[1].i > tok.i else None
    if content is None and source is None and not sourceless:
        return None  # (a passive cue with neither still takes the quoted words beside it)
    antecedent = _antecedent_of(source[0]) if source else None
    return Attribution(
        tok.idx + base,
        tok.idx + len(tok.text) + base,
        tok.text,
        _char_span(source, base) if source else None,
        _char_span(content, base) if content else None,
        _char_span(antecedent, base) if antecedent else None,
        phrase,
        sourceless,
        statement,
    )


def _source_head(source: tuple[Any, Any]) -> Any:
    first, last = source
    return first.doc[first.i : last.i + 1].root


def _speaks(source: tuple[Any, Any]) -> bool:
    """Whether a source phrase's head can state things (through a relative pronoun, the
    noun it hangs on: "figures that show" cannot)."""
    head = _source_head(source)
    if head.lower_ in _RELATIVES:
        antecedent = _antecedent_of(head)
        if antecedent is not None:
            head = antecedent[0].doc[antecedent[0].i : antecedent[1].i + 1].root
    return can_speak(head)


def _clause_content(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """What a reporting verb states: its complement clause, an indirect question, or the
    clause it interrupts ("This campaign, he says, is different")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in _CLAUSES
        and (c.dep_ != "xcomp" or _infinitive_content(c, lemma))
        and not any(s.dep_ == "nsubj" and s.lower_ in _REFLEXIVES for s in c.children)
    ]
    if clauses:
        first = min(c.left_edge.i for c in clauses)
        last = max(c.right_edge.i for c in clauses)
        return _trimmed(verb.doc, first, last)
    questions = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ in {"if", "whether"} for m in c.children)
    ]
    if questions and lemma in {"ask", "wonder", "question"}:
        return _trimmed(verb.doc, questions[0].left_edge.i, questions[0].right_edge.i)
    if verb.dep_ == "parataxis" and verb.head is not verb:
        # "This campaign, he says, is different": the clause around the cue is the content
        head = verb.head
        return _trimmed(verb.doc, head.left_edge.i, head.right_edge.i)
    return None


def _phrase_content(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """What a verb without a complement clause speaks about: its object ("announced a
    plan"), the object and what it is seen as, or a prepositional object ("warned of")."""
    as_phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if lemma in _AS_VERBS and as_phrases:
        # "voters see the race as a referendum": the object and what it is seen as
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return _trimmed(verb.doc, objects[0].left_edge.i, as_phrases[0].right_edge.i)
    if lemma in OBJECT_CONTENT_VERBS:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        if objects and lemma not in ADDRESSEE_VERBS:
            obj = objects[0]
            if lemma in RESPONSE_VERBS and obj.lower_ in SPEECH_ACT_NOUNS:
                return None  # "rejected American appeals to ...": the appeal is not theirs
            if obj.lower_ in _REFLEXIVES:
                return None  # "finds itself", "showed himself": a state, not words
            return _trimmed(verb.doc, obj.left_edge.i, obj.right_edge.i)
    for prep in verb.children:
        # "called for a ban", "asked about the deal", "warned of attacks"
        if prep.dep_ == "prep" and prep.lower_ in _CONTENT_PREPS:
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                return _trimmed(verb.doc, objects[0].left_edge.i, objects[0].right_edge.i)
    return None


_AS_VERBS = frozenset({"see", "view", "regard", "consider", "describe", "label", "brand", "hail"})
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves"})
_OTHER_VERB_PARTICLES = frozenset({"off", "down", "away", "over", "in", "back", "through"})
_CLOSING_MARKS = frozenset({"”", '"', "''", "’", "'", ","})


def _inverted_subject(verb: Any) -> tuple[Any, Any] | None:
    """The speaker written after the verb when it follows the quoted words
    (`"...," added a senior aide`): the parser often takes it for an object."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in _CLOSING_MARKS:
        return None
    for child in verb.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "oprd", "nsubj", "appos"} and (
            child.pos_ in {"NOUN", "PROPN"}
        ):
            return _noun_phrase(child)
    return None


def _infinitive_content(clause: Any, lemma: str) -> bool:
    """Whether an xcomp is reported content: a verb of saying or wanting's infinitive, or a
    clause that is not an infinitive at all ("called it a disaster")."""
    if lemma in XCOMP_CONTENT_LEMMAS:
        return True
    return not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _subject_of(verb: Any, quoted: Callable[[Any], bool] = _NEVER) -> tuple[Any, Any] | None:
    """The source of a reporting verb: its subject, or the subject of the verb it depends on.

    A subject inside quotation marks belongs to the quoted words ("telling the crowd,
    'Some people ...'"), and the agent of a passive verb speaks ("was asked by X").
    """
    if verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl", "conj", "xcomp"}:
        # "When asked whether ..., he declined": a passive participle's own agent asks;
        # the subject of the clause it hangs on was asked, and does not speak these words
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
        pobjs = [p for p in agents if p.dep_ == "pobj"]
        return _noun_phrase(pobjs[0]) if pobjs else None
    head = verb
    for _ in range(5):
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS and not quoted(c)]
        if subjects:
            subject = subjects[0]
            if subject.dep_ == "nsubjpass":
                agents = [
                    p
                    for a in head.children
                    if a.dep_ == "agent"
                    for p in a.children
                    if p.dep_ == "pobj"
                ]
                if agents:
                    return _noun_phrase(agents[0])
            return _noun_phrase(subject)
        if head.dep_ in _CLIMB and head.head is not head:
            head = head.head
            continue
        if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "dobj":
            # "issued a statement saying ...", "emailed supporters saying ...": the one
            # who sent it speaks, not what (or who) was sent
            verb = head.head.head
            sender = [c for c in verb.children if c.dep_ in _SUBJECTS]
            if sender and verb is not head.head:
                return _noun_phrase(sender[0])
        if head.dep_ == "acl" or head.dep_ == "relcl":
            return _noun_phrase(head.head)
        break
    return None


_RELATIVES = frozenset({"that", "which", "who", "whom"})


def _antecedent_of(subject: Any) -> tuple[Any, Any] | None:
    """The noun a relative-pronoun subject stands for ("a report that says ...": the report),
    the pronoun itself remaining the source as written."""
    if subject.lower_ not in _RELATIVES or len(subject) != 1:
        return None
    clause = subject.head
    if clause.dep_ != "relcl" or clause.head is clause:
        return None
    return _noun_phrase(clause.head)


def _noun_phrase(head: Any) -> tuple[Any, Any]:
    """The head's own phrase: its left modifiers and "of"/"for" complements, no clauses;
    a common noun keeps a name set beside it ("Its director, Samuel Reyes,")."""
    left = head.i
    for child in head.lefts:
        if child.dep_ not in _CUT_DEPS:
            left = min(left, child.left_edge.i)
    for i in range(head.i - 1, left - 1, -1):
        if head.doc[i].text in _PHRASE_BREAKS:
            left = i + 1
            break
    right = head.i
    for child in head.rights:
        if child.dep_ in {"prep", "compound", "nummod", "poss"} and not any(
            t.text in ",;" for t in child.subtree
        ):
            right = max(right, child.right_edge.i)
        else:
            break
    if head.tag_ in {"NN", "NNS"}:
        names = [c for c in head.rights if c.dep_ == "appos" and c.tag_.startswith("NNP")]
        if names:
            right = max(right, names[0].i)
    return head.doc[left], head.doc[right]


def _noun_cue(tok: Any, base: int) -> Attribution | None:
    """ "Trump's claim that the vote was rigged": a that-clause on a speech noun."""
    clauses = [
        c
        for c in tok.children
        if c.dep_ in {"acl", "ccomp", "relcl"}
        and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
    ]
    if not clauses:
        return None
    content = _trimmed(tok.doc, clauses[0].left_edge.i, clauses[0].right_edge.i)
    if content is None:
        return None
    source = _owner_of(tok)
    if source is None and tok.dep_ in {"dobj", "pobj"}:
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        source = _subject_of(verb)
        if source is not None and not _speaks(source):
            # "the events push forth the argument that": nobody's argument
            return _at_token(tok, base, source, content, statement=False)
    return _at_token(tok, base, source, content)


def _owner_of(tok: Any) -> tuple[Any, Any] | None:
    """The possessor of a speech noun ("Trump's claim", "her criticism"), if written."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    return _noun_phrase(owners[0]) if owners else None


def _at_token(
    tok: Any,
    base: int,
    source: tuple[Any, Any] | None,
    content: tuple[Any, Any],
    statement: bool = True,
) -> Attribution:
    """The attribution of a one-word cue (a speech noun, a stance adjective)."""
    return Attribution(
        tok.idx + base,
        tok.idx + len(tok.text) + base,
        tok.text,
        _char_span(source, base) if source else None,
        _char_span(content, base),
        statement=statement,
    )


def _prep_noun_cue(tok: Any, base: int) -> Attribution | None:
    """ "her criticism of the plan", "voiced support for the bill": the prepositional
    object is the content; the owner, or the subject of a verb that voices it, speaks."""
    preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in PREP_NOUN_CUES[tok.lower_]]
    objects = [o for p in preps[:1] for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    if not objects:
        return None
    content = _trimmed(tok.doc, objects[0].left_edge.i, objects[0].right_edge.i)
    if content is None:
        return None
    source = _owner_of(tok)
    if source is None and tok.dep_ == "dobj" and tok.head.lower_ in CARRIER_VERBS:
        source = _subject_of(tok.head)
    if source is None:
        return None  # "support for the bill" with nobody's support: nothing to attribute
    return _at_token(tok, base, source, content)


def _stance_cue(tok: Any, base: int) -> Attribution | None:
    """ "X was critical of the deal", "X is confident that it will pass": the complement is
    the content and the subject of the copula holds the stance."""
    content = None
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _STANCE_PREPS:
            objects = [o for o in child.children if o.dep_ in {"pobj", "pcomp"}]
            if objects:
                content = _trimmed(tok.doc, objects[0].left_edge.i, objects[0].right_edge.i)
                break
        if child.dep_ == "ccomp":
            content = _trimmed(tok.doc, child.left_edge.i, child.right_edge.i)
            break
    if content is None or tok.dep_ not in {"acomp", "attr", "ROOT", "conj", "oprd"}:
        return None
    source = _subject_of(tok)
    if source is None:
        return None
    return _at_token(tok, base, source, content)


def _according_to(tok: Any, base: int) -> Attribution | None:
    to = tok.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"]
    source = _noun_phrase(objects[0]) if objects else None
    doc = tok.doc
    phrase_end = max(to.right_edge.i, source[1].i if source else to.i)
    # the content is the rest of the sentence, on whichever side of the phrase has more of it
    before = (0, tok.i - 1)
    after = (phrase_end + 1, len(doc) - 1)
    side = after if after[1] - after[0] > before[1] - before[0] else before
    content = _trimmed(doc, side[0], side[1]) if side[1] >= side[0] else None
    if content is None:
        return None
    return Attribution(
        tok.idx + base,
        to.idx + len(to.text) + base,
        "according to",
        _char_span(source, base) if source else None,
        _char_span(content, base),
    )


def _trimmed(doc: Any, first: int, last: int) -> tuple[Any, Any] | None:
    while first <= last and (doc[first].text in _TRIM or doc[first].lower_ == "that"):
        first += 1
    while last >= first and doc[last].text in _TRIM:
        last -= 1
    if last < first:
        return None
    return doc[first], doc[last]


def _char_span(pair: tuple[Any, Any], base: int) -> tuple[int, int]:
    first, last = pair
    return first.idx + base, last.idx + len(last.text) + base
