"""A belief noun as a quote's cue ("her belief that the pier was haunted"): the writer's
account of what someone believes, not their words, unless the belief was voiced, stated
or owned in the first person (notspeech43, issue 14). Kept apart from `stated_objects`,
whose `states_unquoted` asks it, so that module stays one job of a readable size."""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import CARRIER_VERBS, vocab

__all__ = ["held_belief"]

_BELIEF_NOUNS: frozenset[str] = vocab("belief beliefs")
_FIRST_PERSON_OWNERS: frozenset[str] = vocab("my our")
_STATING_VERBS: frozenset[str] = vocab(
    "state stated states restate restated restates reaffirm reaffirmed reaffirms affirm "
    "affirmed affirms declare declared declares"
)
"""Verbs that state the belief they take ("stated her belief that ..."): said, as one
voiced is, though these verbs deliver no other speech noun (`CARRIER_VERBS`)."""


def held_belief(noun: Any) -> bool:
    """Whether a noun cue is a belief someone holds ("her belief that the pier was
    haunted", "in the belief that the mill needs a partner", "the council's belief that
    the vote would be easy"): the writer tells what someone believes, and gives no words of
    theirs. Said when delivered ("voiced his belief that ...", `CARRIER_VERBS`) or stated
    ("stated her belief that ...", `_STATING_VERBS`), or owned in the first person ("it
    is our belief that ...": a speaker's own words). Timeline17 (notspeech43): of 13 such
    quotes shown, the 3 right were all "my" or "our"."""
    if noun.lower_ not in _BELIEF_NOUNS or not noun.tag_.startswith("NN"):
        return False
    if noun.dep_ == "dobj" and noun.head.lower_ in CARRIER_VERBS | _STATING_VERBS:
        return False
    return not any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_OWNERS for c in noun.children)
