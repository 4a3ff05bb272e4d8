"""Verbs whose subject the parse hangs elsewhere, and the verb that lends it.

Split from phrases.subject_of (polnear21, session 41) to keep phrases.py one job under
~500 lines: each function names the verb whose subject a subjectless verb borrows when
the parse attaches it in a way its form rules out (a joined "-ing" form hung on another
participle's reported words; an infinitive hung on a noun that cannot speak).
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.statements import can_speak

__all__ = ["infinitive_holder", "joined_participle"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def joined_participle(verb: Any) -> Any | None:
    """The participle a joined participle goes with when the parse hung it on the last verb
    of the first one's words ("warning that the river could flood the town and urging
    residents to leave": "urging" hung on "flood"): a bare "-ing" form cannot be joined
    to a verb of another form, so it shares the earlier participle's subject, not the
    subject of the words that participle reports. None when the parse is consistent."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.head.tag_ == "VBG":
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    node = verb.head
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in {"ccomp", "xcomp", "conj", "advcl", "dobj"}:
            return None
        node = node.head
        if node.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in node.children):
            return node
    return None


_HOLDER_DEPS = frozenset({"dobj", "pobj", "attr"})


def infinitive_holder(verb: Any) -> Any | None:
    """The verb whose subject does what an infinitive on its object says ("has no plans to
    endorse", "did not respond to requests to comment", "was the first to say"): the
    plans and requests say nothing, and "the first" is the subject itself. None unless
    the infinitive hangs on a noun that cannot speak (or a predicate noun) held by a verb
    or by a preposition on a verb, and no possessor says whose plan it is."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ not in _HOLDER_DEPS or (noun.dep_ != "attr" and can_speak(noun)):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "the mayor's plan to announce": the possessor's, as the noun phrase says
    governor = noun.head
    if noun.dep_ == "pobj":
        if governor.dep_ != "prep":
            return None
        governor = governor.head
    return governor if governor.tag_.startswith("VB") and governor.i != noun.i else None
