"""Counts that are one of several groups: a conjunct of counted groups joined by "and"
("the captain and 10 other people", "two soldiers and 10 civilians"), and the two sides of
"were among" ("twelve tourists were among 40 people killed").

Split from syntax.py, which reads what the parse says of each number.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.claims.tree import token_lemma

__all__ = ["among_whole", "coordinated_count", "subject_among"]

_NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _has_number(phrase: Any) -> bool:
    return any(c.dep_ == "nummod" for c in phrase.children)


def _says_other(phrase: Any) -> bool:
    """ "10 others", "10 other people": the count leaves someone named beside it out."""
    return phrase.lower_ == "others" or any(
        c.lower_ == "other" and c.dep_ == "amod" for c in phrase.children
    )


def coordinated_count(head: Any) -> bool:
    """Whether the counted phrase is one conjunct of several counted groups: "the captain and
    10 other people drowned", "two soldiers and 10 civilians were killed". The number then
    counts part of the toll, never the whole of it (the toll is at least the groups' sum).
    The other conjunct must be counted too (a number of its own), or the count must say it
    leaves it out ("other"): in "31,000 deaths and a state of hunger" the deaths are all."""
    if head.tag_ not in _NOMINAL_TAGS:
        return False
    partners = [c for c in head.children if c.dep_ == "conj" and c.tag_ in _NOMINAL_TAGS]
    first = head
    if head.dep_ == "conj" and head.head.i != head.i and head.head.tag_ in _NOMINAL_TAGS:
        partners.append(head.head)
        first = head.head
    if not partners or not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return False  # "63 million shares, or 86%": one amount said twice
    return _says_other(head) or any(_has_number(p) for p in partners)


def among_whole(head: Any) -> bool:
    """The group after "among" under a copula: in "twelve tourists were among [40 people]
    killed" the 40 is the whole and the subject's count is the part."""
    among = head.head
    return (
        head.dep_ == "pobj"
        and among.lower_ == "among"
        and among.head.i != among.i
        and token_lemma(among.head) == "be"
    )


def subject_among(head: Any) -> bool:
    """The subject of "were among N ...": a part of the group after "among"."""
    if head.dep_ not in ("nsubj", "nsubjpass") or token_lemma(head.head) != "be":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in head.head.children)
