"""A verb's subject when the parse gives it two, or none beside a noun it hung elsewhere.

Split from phrases.subject_of (polnear49, session 49) to keep phrases.py under ~500
lines: each function reads the subject off the word order where the parse's tree cannot
be right, since a finite verb has one subject and it stands right before the verb.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.noun_phrases import noun_phrase

__all__ = ["contact_clause_subject", "nearest_of_split"]

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NAMED_TAGS = frozenset({"NNP", "NNPS", "PRP"})
_CONTACT_DEPS = frozenset({"dep", "relcl", "acl"})
"""How the parse hangs a clause written with no "that" on the noun before its subject
("the $20 million experts say it costs": "say" a loose dependent of the sentence)."""
_HELD_DEPS = frozenset({"pobj", "dobj"})
"""What the parse makes of that subject instead: the object of the noun phrase before."""


def nearest_of_split(subjects: list[Any], head: Any) -> tuple[Any, Any] | None:
    """The subject nearest the verb when the parse hung two on it with a comma between
    ("THE LENDING Back when he wrote his book, Mr. Kessel said ...": a heading or a
    fronted phrase taken for a subject, then the real one after the comma): the one
    written right before the verb says it. Only a name or a pronoun is taken so, and
    only past a clause of its own between them (the "when he wrote"): a description
    beside a name ("Ana Ruiz, the mayor said", "A retired officer, Ana Ruiz said") is
    one subject. None when the subjects are not split so."""
    before = [s for s in subjects if s.i < head.i]
    if len(before) < 2:
        return None
    first, last = before[0], before[-1]
    if last.tag_ not in _NAMED_TAGS:
        return None  # "Ana Ruiz, the mayor said": a description set after the name
    doc = head.doc
    between = doc[first.right_edge.i + 1 : last.left_edge.i]
    if not any(t.text == "," for t in between) or any(t.dep_ == "cc" for t in between):
        return None  # ("Morrow and, in another briefing, Ken Talbot said": both say it)
    if not any(t.tag_.startswith("VB") and t.dep_ != "aux" for t in between):
        return None  # "A retired officer, Ana Ruiz said": a description set beside her
    return noun_phrase(last)


def contact_clause_subject(verb: Any) -> tuple[Any, Any] | None:
    """The subject of a clause written with no "that" after the noun it describes ("the
    minimum $20 million experts say it costs"), when the parse took that subject for the
    object of the phrase before and left the verb none: the noun right before a present
    or past verb with no subject of its own is its subject. None otherwise."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ not in _CONTACT_DEPS or verb.i == 0:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "mark"} for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.tag_ not in _NOUN_TAGS or noun.dep_ not in _HELD_DEPS or noun.head.i > noun.i:
        return None
    # its own words only: the count or the determiner before it belongs to the phrase
    # the parse hung it in ("the minimum $20 million")
    first = noun.i
    while first > 0 and verb.doc[first - 1].dep_ in {"amod", "compound"}:
        if verb.doc[first - 1].head.i != noun.i:
            break
        first -= 1
    return verb.doc[first], noun
