"""How a number changes its quantity: a total, an increment, a part (issue 14's ledger).

"twelve [more] bodies", "[another] 30" and "rose [by] 5" add to a count; "eleven [of the]
victims" and "[including] 12 children" are parts of one; "bringing the toll [to] 31" sets
a level; "the toll rose to 28 [after three bodies were found]" counts what was added. Split
from syntax.py, which reads the rest of a number's parse and calls `change_of`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from storyline.analyze.claims.groups import among_whole, subject_among
from storyline.analyze.claims.tree import token_lemma

__all__ = [
    "BY_CHANGE",
    "LEVEL_PREPS",
    "LEVEL_VERBS",
    "Change",
    "behind_a_rise",
    "carried_quantity",
    "change_of",
    "partitive",
    "size_before_level",
]

Change = Literal["total", "event", "increment", "part", "projection", "rate"]


LEVEL_VERBS = frozenset(
    {
        "rise", "climb", "reach", "stand", "hit", "increase", "jump", "grow", "soar", "top",
        "exceed", "surpass", "pass", "total", "be", "remain", "fall", "drop", "decline",
        "double", "mount", "swell", "near", "approach", "put", "stay", "edge", "creep",
        "balloon", "surge", "tally", "number", "amount", "come", "go", "shrink", "dip",
    }
)  # fmt: skip
"""Verbs whose object or "to/at" phrase is the new level of their subject ("rose to 21")."""


LEVEL_PREPS = frozenset({"to", "at", "around", "near", "above", "over", "past", "beyond"})


BY_CHANGE = frozenset({"by"})


_INCREMENT_WORDS = frozenset(
    {"more", "another", "additional", "further", "extra", "new", "fresh", "other"}
)


_PART_HEADS = frozenset({"including", "among", "excluding"})


_PARTITIVE_PRONOUNS = frozenset({"them", "us", "those", "these", "whom", "which", "they"})


_PARTITIVE_DETS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our"})


def partitive(tok: Any) -> Any | None:
    """The group in "N of the victims" / "N of them": the pobj of the number's "of"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_partitive_group(obj: Any) -> bool:
    if obj.lower_ in _PARTITIVE_PRONOUNS or obj.tag_ in ("PRP", "WP", "WDT"):
        return True
    return any(
        (c.dep_ in ("det", "poss") and c.lower_ in _PARTITIVE_DETS | {"'s"}) or c.dep_ == "poss"
        for c in obj.children
    )


def _is_whole_named_before(obj: Any) -> bool:
    """A bare "that"/"this" after a sum's "of" ("$210 million of that"): the part of an
    amount just named, which "it" already reads as through its noun."""
    return obj.lower_ in ("that", "this") and not any(True for _ in obj.children)


def change_of(tokens: Sequence[Any], nominal: Any, noun: Any | None, prep: Any | None) -> Change:
    inside = {t.i for t in tokens}
    if subject_among(nominal if noun is None else noun):
        return "part"
    holders = [t for t in (*tokens, nominal, noun) if t is not None]
    for holder in holders:
        for child in holder.children:
            if child.i in inside or child.lower_ not in _INCREMENT_WORDS:
                continue
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if child.lower_ == "more" and nxt is not None and nxt.lower_ == "than":
                continue
            if child.lower_ == "more" and child.i > 0 and child.nbor(-1).lower_ == "or":
                continue  # "$2.2 billion or more": at least that much, no increment
            if child.lower_ == "other" and child.i > nominal.i:
                continue
            return "increment"
    if prep is not None and prep.lower_ in BY_CHANGE:
        verb = prep.head
        if verb.i != prep.i and token_lemma(verb) in LEVEL_VERBS:
            return "increment"  # "rose by 5"
    group = partitive(nominal)
    if group is not None and noun is not None and noun.i == group.i and _is_partitive_group(group):
        return "part"  # "eleven of the victims", "three of them", "12 of whom"
    if group is not None and noun is None and _is_whole_named_before(group):
        return "part"  # "spent $4 billion, $210 million of that on claims"
    head = nominal if noun is None else noun
    if among_whole(head):
        return "total"
    if head.dep_ == "pobj" and head.head.lower_ in _PART_HEADS and _counted(head.head.head):
        return "part"  # "30 were killed, including 12 children"
    return "total"


_CARRYING_VERBS = frozenset(
    {"bring", "push", "raise", "take", "lift", "put", "send", "drive", "boost", "lower", "cut",
     "give", "estimate", "place"}
)  # fmt: skip
"""Verbs that set the level of their object ("bringing the toll to 31", "pushed the number
of dead to 40", "put the toll at 25") or give it ("gave the number of cases as 480",
"estimated the toll at 60", "placed the number of dead at 12")."""


def carried_quantity(governor: Any, nominal: Any, prep: Any | None) -> Any | None:
    """The quantity a verb sets to the number ("[bringing] the final death toll [to] 31"):
    its direct object, when the number is the verb's "to"/"at"/"as" phrase. The verb's subject
    ("The recovery of two bodies brought ...") is what changed it, not what it measures."""
    if (
        prep is None
        or prep.lower_ not in ("to", "at", "as")
        or token_lemma(governor) not in _CARRYING_VERBS
    ):
        return None
    objects = [c for c in governor.children if c.dep_ == "dobj" and c.i != nominal.i]
    return objects[0] if objects and objects[0].i < prep.i else None


_RISING_VERBS = frozenset(
    {"rise", "climb", "reach", "hit", "increase", "jump", "grow", "soar", "top", "exceed",
     "surpass", "pass", "double", "mount", "swell", "edge", "creep", "balloon", "surge"}
)  # fmt: skip


_WHEN_MARKS = frozenset({"after", "as", "when", "once", "since"})


def behind_a_rise(governor: Any | None) -> bool:
    """Whether the number's clause says why a level rose ("The toll rose to 28 [after three
    bodies were found]", "climbed to 40 as 12 were found"): those counted are what was
    added to the total, not the total itself."""
    if governor is None or governor.dep_ != "advcl" or governor.head.i == governor.i:
        return False
    rise = governor.head
    if token_lemma(rise) not in _RISING_VERBS or not _gives_level(rise):
        return False
    return any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in governor.children)


def _gives_level(verb: Any) -> bool:
    """Whether a verb of rising states the level reached ("rose [to 28]", "reached [52]"):
    not "reach out to", "grew up"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.tag_ == "CD":
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in LEVEL_PREPS
            and any(o.dep_ == "pobj" and o.tag_ == "CD" for o in child.children)
        ):
            return True
    return False


def size_before_level(nominal: Any, governor: Any | None, prep: Any | None) -> bool:
    """Whether the verb of change the number is the object of goes on to give a level after it
    ("rose [5%] to $238 million from $226 million"): the number is the size of the change."""
    if governor is None or prep is not None or token_lemma(governor) not in LEVEL_VERBS:
        return False
    if nominal.dep_ not in ("dobj", "npadvmod"):
        return False
    return any(
        child.dep_ == "prep" and child.lower_ in ("to", "from") and child.i > nominal.i
        for child in governor.children
    )


def _counted(tok: Any) -> bool:
    """Whether `tok` is, or governs, a counted phrase ("30 [people]", "[killed] 30 people").

    "including 12 children" is a part of such a count; in "a heavy toll,
    including over 31,000 deaths" the "including" introduces an example, no part.
    """
    candidates = [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(
        c.tag_ == "CD" or any(g.dep_ == "nummod" or g.tag_ == "CD" for g in c.children)
        for c in candidates
    )
