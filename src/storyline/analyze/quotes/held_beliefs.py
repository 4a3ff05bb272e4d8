"""A belief noun as a quote's cue ("her belief that the pier was haunted"): the writer's
account of what someone believes, not their words, unless the belief was voiced, stated
or owned in the first person (notspeech43, issue 14); and a noun of mood met in passing
("rose on hopes that ...", "tried to calm fears that ..."), which nobody voices
(notspeech47). Kept apart from `stated_objects`, whose `states_unquoted` and
`stated_noun_cue` ask them, so that module stays one job of a readable size."""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import CARRIER_VERBS, vocab

__all__ = ["held_belief", "mood_in_passing"]

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


_HAVING_VERBS: frozenset[str] = vocab("have has had having hold holds held holding")
"""Verbs whose subject holds the mood they take ("Osk has hopes that sales will double"):
a company's or a leader's stated aim, as often as not."""


_MOOD_NOUNS: frozenset[str] = vocab(
    "fear fears hope hopes worry worries concern concerns expectation expectations "
    "suspicion suspicions"
)
"""Nouns of a mood or an expectation. Not the nouns of a proposition ("notion", "idea",
"view"): "gives rhetorical support to the notion that ..." reports a view its subject
stated (Timeline17, notspeech47)."""


def mood_in_passing(noun: Any) -> bool:
    """Whether a noun of mood (`_MOOD_NOUNS`: "fears", "hopes", "worries") is met in
    passing: the object of a preposition ("Shares rose on hopes that
    the bank would cut rates", "amid worries that ...", "in the hope that ...", also as
    the second of two such objects) or of a verb that acts on it without voicing it
    ("tried to calm fears that the virus was spreading", "dampen fears that ..."). The
    mood is a market's or a crowd's, or someone else's that the subject answers; the
    sentence's subject did not state it, and a reader shown it beside them is shown words
    nobody said. On the in-sample data (ECB+, TimeBank/AQUAINT, Wikinews, 300 Timeline17
    articles; notspeech47) 5 of the 6 such quotes shown were no one's words; the sixth
    ("officials were not giving up hopes that ...", what they said next) is lost. Voiced or
    held ("expressed hope that", "raised fears that", "has hopes that": `CARRIER_VERBS`,
    `_HAVING_VERBS`) or owned in the first person ("our hope is that") it stays."""
    if noun.lower_ not in _MOOD_NOUNS or not noun.tag_.startswith("NN"):
        return False
    if any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_OWNERS for c in noun.children):
        return False
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "amid falling confidence and worries that ...": the first object
    if node.dep_ == "pobj":
        return True
    return node.dep_ == "dobj" and node.head.lower_ not in CARRIER_VERBS | _HAVING_VERBS
