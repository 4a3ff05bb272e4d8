"""The content of a reporting verb: its complement clause, an indirect question, the
clause a parenthetical attribution interrupts, a one-word answer ("said no"), or, for a
verb with no clause, its object or prepositional object ("announced a plan", "warned of
attacks", "called for the council to vote"). Split from attribution.py, which decides
whether a cue is an attribution and who speaks; finding what is said is its own job,
asked once per verbal cue."""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.content_shapes import (
    as_clause_content,
    own_words_defended,
    passive_object,
)
from storyline.analyze.quotes.cues import (
    ADDRESSEE_VERBS,
    OBJECT_CONTENT_VERBS,
    ON_CUES,
    PARTICLE_CUES,
    RESPONSE_VERBS,
    SPEECH_ACT_NOUNS,
    XCOMP_CONTENT_LEMMAS,
)
from storyline.analyze.quotes.phrases import REFLEXIVES, trimmed
from storyline.analyze.quotes.statements import names_a_time

__all__ = ["clause_content", "phrase_content", "valued_at"]

_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
_CONTENT_PREPS = frozenset({"for", "about", "of", "against"})


def clause_content(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """What a reporting verb states: its complement clause, an indirect question, or the
    clause it interrupts ("This campaign, he says, is different")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in _CLAUSES
        and (c.dep_ != "xcomp" or _infinitive_content(c, lemma))
        and not any(s.dep_ == "nsubj" and s.lower_ in REFLEXIVES for s in c.children)
        and not _relative_after_comma(c)
        and not _answer_after_question(c)
    ]
    if clauses:
        first = min(c.left_edge.i for c in clauses)
        last = max(c.right_edge.i for c in clauses)
        return trimmed(verb.doc, first, last)
    answer = next(
        (
            a
            for q in verb.children
            if q.dep_ == "advcl"
            for a in q.children
            if _answer_after_question(a)
        ),
        None,
    )
    if answer is not None:
        # "Marek said, when asked whether he would resign, that he had done nothing wrong"
        return trimmed(verb.doc, answer.left_edge.i, answer.right_edge.i)
    questions = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ in {"if", "whether"} for m in c.children)
    ]
    if questions and lemma in {"ask", "wonder", "question"}:
        return trimmed(verb.doc, questions[0].left_edge.i, questions[0].right_edge.i)
    stranded = _stranded_that_clause(verb)
    if stranded is not None:
        return stranded
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        # "This campaign, he says, is different": the clause around the cue is the content
        head = verb.head
        if head.i < verb.i and not _continues_after(verb):
            # "The talks stalled, he said, on condition of anonymity": the attribution
            # closes its clause, and what follows is said of the saying, not said
            return trimmed(verb.doc, head.left_edge.i, verb.left_edge.i - 1)
        return trimmed(verb.doc, head.left_edge.i, head.right_edge.i)
    answers = [
        c
        for c in verb.children
        if c.i == verb.i + 1 and c.dep_ in {"intj", "advmod"} and c.lower_ in _ANSWER_WORDS
    ]
    if answers and lemma in {"say", "answer", "reply"}:
        # "Asked if the tunnel was safe, the mayor said no", "half said so": the word
        # stands for the whole answer
        return answers[0], answers[0]
    return as_clause_content(verb, lemma)


_ANSWER_WORDS = frozenset({"yes", "no", "so"})
_ASKED = frozenset({"asked", "questioned", "pressed"})


def _answer_after_question(clause: Any) -> bool:
    """Whether a that-clause the parse hung on a bare "asked" set inside a statement ("Marek
    said, when asked whether he would resign, that he had done nothing wrong") is the
    statement's: it follows the question and a comma, and the participle hangs on the
    verb that says it. The question is the asker's; the that-clause is the answer."""
    asked = clause.head
    if clause.dep_ != "ccomp" or asked.lower_ not in _ASKED or asked.tag_ != "VBN":
        return False
    if asked.dep_ != "advcl" or asked.head.i >= asked.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    first = clause.left_edge.i
    return (
        first > 0
        and clause.doc[first - 1].text == ","
        and any(c.dep_ == "ccomp" and c.i < clause.i and c.i != clause.i for c in asked.children)
    )


_PHRASE_LINKS = frozenset({"dobj", "dative", "prep", "pobj", "npadvmod"})
"""Dependencies from a verb down through its object and its phrases ("told reporters
during a visit to the port on Friday")."""


def _stranded_that_clause(verb: Any) -> tuple[Any, Any] | None:
    """A that-clause the parse hung on the last noun of the verb's phrases as a relative
    clause ("telling reporters during a visit to the port on Friday that he thinks the vote
    is fair": "that he thinks ..." on "visit"): its "that" is a conjunction with a subject
    of its own after it, not a relative pronoun standing in the clause, so the clause is no
    description of the noun but what the verb says."""
    for clause in verb.subtree:
        if clause.dep_ != "relcl" or clause.i < verb.i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if not marks or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        noun = clause.head
        while noun.i != verb.i and noun.dep_ in _PHRASE_LINKS:
            noun = noun.head
        if noun.i == verb.i and marks[0].i == clause.left_edge.i:
            return trimmed(verb.doc, marks[0].i + 1, clause.right_edge.i)
    return None


_AFTERTHOUGHTS = frozenset({"punct", "cc", "conj", "acl", "parataxis"})
"""Dependents that may follow an attribution closing its clause without being part of the
clause it reports: ", blaming the storm", ", and the ferry ran late"."""


def _continues_after(verb: Any) -> bool:
    """Whether the clause a parenthetical attribution interrupts goes on after it ("The
    town was, she said, unable to pay"), rather than ending where the attribution starts
    ("The town could not pay, she said, in a letter")."""
    end = verb.right_edge.i
    return any(c.i > end and c.dep_ not in _AFTERTHOUGHTS for c in verb.head.children)


def _relative_after_comma(clause: Any) -> bool:
    """Whether a clause the parser hung on the verb is a relative clause on the noun of a
    phrase of the verb's ("said in the news conference, which was broadcast on ..."): it
    describes that noun, and is not what was said ("asked which road to take" has no
    comma, and "said, which surprised no one" no phrase between)."""
    first = clause.left_edge
    if first.lower_ not in {"which", "who"} or first.i < 2 or first.doc[first.i - 1].text != ",":
        return False
    noun = first.doc[first.i - 2]
    verb = clause.head
    return any(a.dep_ == "prep" and a.head.i == verb.i < a.i for a in [noun, *noun.ancestors])


def phrase_content(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """What a verb without a complement clause speaks about: its object ("announced a
    plan"), the object and what it is seen as, or a prepositional object ("warned of")."""
    as_phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if lemma in _AS_VERBS and as_phrases:
        # "voters see the race as a referendum": the object and what it is seen as
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return trimmed(verb.doc, objects[0].left_edge.i, as_phrases[0].right_edge.i)
    valued = valued_at(verb, lemma)
    if valued is not None:
        return valued
    if lemma in OBJECT_CONTENT_VERBS:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        passive = passive_object(verb, lemma)
        if not objects and passive is not None:
            return passive
        if objects and lemma not in ADDRESSEE_VERBS:
            obj = objects[0]
            if (
                lemma in RESPONSE_VERBS
                and obj.lower_ in SPEECH_ACT_NOUNS
                and not own_words_defended(obj, lemma)
            ):
                return None  # "rejected American appeals to ...": the appeal is not theirs
            if obj.lower_ in REFLEXIVES:
                return None  # "finds itself", "showed himself": a state, not words
            return trimmed(verb.doc, obj.left_edge.i, obj.right_edge.i)
    for prep in verb.children:
        # "called for a ban", "asked about the deal", "warned of attacks"
        if prep.dep_ == "prep" and (
            prep.lower_ in _CONTENT_PREPS
            or prep.lower_ in PARTICLE_CUES.get(lemma, ())
            or (prep.lower_ == "on" and lemma in ON_CUES)
        ):
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if objects and names_a_time(objects[0]) and not _described(objects[0]):
                continue  # "spoke for roughly 30 minutes": how long, not what about
            if objects:
                return trimmed(verb.doc, objects[0].left_edge.i, objects[0].right_edge.i)
    return _for_clause(verb, lemma)


_VALUING_VERBS = frozenset({"estimate", "put", "value", "peg", "forecast", "project"})


def valued_at(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """ "estimated insured losses at 450 million crowns": a verb of estimating, its object
    and the figure set on it by "at" is the estimate the subject stated (the object alone,
    "insured losses", is only what it was about). None for any other shape."""
    if lemma not in _VALUING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    # the parse hangs "at" on the verb, on the object noun ("spending at 1.2 million") or
    # on a phrase between ("spending during the three days at 1.2 million")
    at = [
        t
        for t in verb.subtree
        if t.dep_ == "prep"
        and t.lower_ == "at"
        and t.i > objects[0].i
        and _in_verb_phrases(t, verb)
    ]
    if not at:
        return None
    if not any(t.tag_ in {"CD", "$"} for t in at[0].subtree):
        return None
    return trimmed(
        verb.doc, objects[0].left_edge.i, max(at[0].right_edge.i, objects[0].right_edge.i)
    )


def _in_verb_phrases(token: Any, verb: Any) -> bool:
    """Whether a token hangs on the verb through its object and phrases only, not inside a
    clause of its own."""
    head = token.head
    while head.i != verb.i:
        if head.dep_ not in _PHRASE_LINKS:
            return False
        head = head.head
    return True


def _described(time: Any) -> bool:
    """Whether a time phrase is itself the topic, told by a clause on it ("talked about the
    decades they had spent there"), rather than how long something lasted ("for decades")."""
    return any(c.dep_ in {"relcl", "acl"} for c in time.children)


def _for_clause(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """ "called for the council to vote": the parser hangs a for-to clause on the verb as an
    adverbial clause with "for" as its marker, not as a preposition; what follows "for" is
    what was called for, as "called for a vote" would be."""
    if "for" not in _CONTENT_PREPS and "for" not in PARTICLE_CUES.get(lemma, ()):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"]
        if marks and marks[0].i == clause.left_edge.i and marks[0].i + 1 < clause.i:
            return trimmed(verb.doc, marks[0].i + 1, clause.right_edge.i)
    return None


_AS_VERBS = frozenset(
    {"see", "view", "regard", "consider", "describe", "label", "brand", "hail", "portray"}
    | {"characterize", "characterise", "identify", "cast"}
)


def _infinitive_content(clause: Any, lemma: str) -> bool:
    """Whether an xcomp is reported content: a verb of saying or wanting's infinitive, or a
    clause that is not an infinitive at all ("called it a disaster")."""
    if lemma in XCOMP_CONTENT_LEMMAS:
        return True
    return not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
