"""Content read off shapes other than a verb's complement clause or object: a source
framed in an "as" clause ("As the paper reported, the ferry lost money"), a passive with a
"by" agent ("The levy was criticised by the mayor"), and one's own words defended ("defended
his call to ..."). Split from attribution.py, which asks these readers when a reporting
verb has no complement of its own."""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import ADDRESSEE_VERBS
from storyline.analyze.quotes.phrases import REFLEXIVES, trimmed

__all__ = ["as_clause_content", "own_words_defended", "passive_object"]


_AS_SOURCE_CUES = frozenset(
    {"say", "report", "note", "write", "tell", "explain", "observe", "mention", "point"}
    | {"predict", "warn", "state", "reveal", "confirm", "argue", "claim", "announce", "put"}
)
"""Verbs of saying that frame the main clause as a source's words in an "as" clause ("As the
paper reported, the mine closed"); verbs of belief there are the writer's framing instead."""


def as_clause_content(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """ "As the harbour paper reported, the ferry lost money": a verb of saying in an "as"
    clause with no words of its own reports the clause it hangs on, on whichever side of
    it that clause lies. An object ("as he said goodbye") or a verb of anything else ("as
    he spoke, the crowd cheered") makes the "as" clause a time, not a source; with no
    subject ("as mentioned above") it is the writer's own cross-reference."""
    if lemma not in _AS_SOURCE_CUES or verb.head.i == verb.i:
        return None
    children = list(verb.children)
    if lemma != "tell" and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children):
        return None
    if not any(c.dep_ == "nsubj" for c in children):
        return None  # "as mentioned above", "as it is written", "as if to say": no source
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in children
    ):
        first, last, main = verb.left_edge.i, verb.right_edge.i, verb.head
    elif (
        verb.dep_ == "relcl"
        and verb.head.dep_ == "pobj"
        and verb.head.head.lower_ == "as"
        and verb.head.head.head.i != verb.head.head.i
    ):
        # the parser reads "As the Gazette reported" as a phrase "as the Gazette" with a
        # relative clause: the phrase hangs on the main verb all the same
        prep = verb.head.head
        first, last, main = prep.left_edge.i, prep.right_edge.i, prep.head
    else:
        return None
    if not main.tag_.startswith(("VB", "MD")):
        return None
    if first < main.i:
        return trimmed(verb.doc, last + 1, main.right_edge.i)
    return trimmed(verb.doc, main.left_edge.i, first - 1)


def passive_object(verb: Any, lemma: str) -> tuple[Any, Any] | None:
    """ "The levy was criticised by the mayor": a passive with a "by" agent turns round the
    active "The mayor criticised the levy", so its subject is what the active object would
    be, the content, and the agent speaks; a participle so used ("the levy, criticised by
    the mayor, ...") has the noun it describes as content. With no agent ("the levy was
    criticised") no one is named, and the subject is left as it was."""
    if lemma in ADDRESSEE_VERBS or not any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        # "the levy, criticised by the mayor, ...": the noun the participle describes
        return trimmed(verb.doc, verb.head.left_edge.i, verb.i - 1)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ in REFLEXIVES:
        return None
    return trimmed(verb.doc, subjects[0].left_edge.i, subjects[0].right_edge.i)


_OWN_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})


def own_words_defended(obj: Any, lemma: str) -> bool:
    """ "The senator defended his call to raise fares": words one defends under a
    possessive pronoun are one's own, restated, where "rejected their appeals" answers
    someone else's."""
    return lemma == "defend" and any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children
    )
