"""A place's name spelled one letter apart in one story ("Tarkesh" and "Tarkhesh"): one
place of the story, named by the spelling written more.

A typo or a second transliteration of one place splits a story's places into two rows,
the rarer often typed a body by the recogniser. Across the store two places may be one
letter apart ("Gambia", "Zambia"); in one story, with nothing else that close, the two
spellings are one place. The letter must differ inside the name (same first and last
letter): an ending added or changed makes another word of the name ("Kuwaiti" of
"Kuwait"), and a first letter another place. The join's reason is written with the
entity ("Tarkhesh: a spelling of Tarkesh one letter apart, in one story").

Run by story_entities.py on the story's mentions once written as the store's entities.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from storyline.analyze.entities.aliases import one_letter_inside
from storyline.corpus.entities import mention_key
from storyline.model import EntityMention

__all__ = ["join_story_place_spellings"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
"""Types of the spelling a variant joins: a place's."""
_VARIANT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
"""Types the recogniser gives the other spelling (an unfamiliar one is read as a body)."""
_MIN_LETTERS = 5
"""Letters each spelling has at least: shorter names of places differ by one letter by
chance ("Gaza", "Giza")."""


def join_story_place_spellings(
    mentions: Sequence[EntityMention], weights: Sequence[int] | None = None
) -> tuple[list[EntityMention], dict[str, str]]:
    """`mentions` with each one-word spelling of a place written as the story's other
    spelling of it (named and typed so), and the evidence line for each join by the
    joined name. A pair joins when both are one word of five letters or more, one
    spelling is typed a place and the other not, and no other name of the story is one
    letter from either; the spelling written less joins the other (a tie: the one typed a
    place, then the last in alphabetical order, so the pair joins one way whichever is
    read first)."""
    counts = weights if weights is not None else [1] * len(mentions)
    written: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = {}
    names: dict[str, str] = {}
    for m, n in zip(mentions, counts, strict=True):
        key = mention_key(m)
        written[key] += n
        labels.setdefault(key, Counter())[m.label] += n
        names.setdefault(key, (m.canonical or m.text).strip())
    words = [k for k in written if " " not in k and len(k) >= _MIN_LETTERS and k.isalpha()]
    near = _near_words(words)
    into: dict[str, str] = {}
    for key, found in near.items():
        if len(found) != 1 or near[found[0]] != [key]:
            continue
        other = found[0]
        if not _joinable(labels[key], labels[other]):
            continue
        rare, common = sorted(
            (key, other), key=lambda k: (written[k], _type(labels[k]) in _PLACE_LABELS, k)
        )
        into[rare] = common
    out = []
    evidence: dict[str, str] = {}
    for m in mentions:
        target = into.get(mention_key(m))
        if target is not None:
            rare = (m.canonical or m.text).strip()
            why = f"{rare}: a spelling of {names[target]} one letter apart, in one story"
            evidence[names[target]] = why
            m = dataclasses.replace(m, canonical=names[target], label=_type(labels[target]))
        out.append(m)
    return out, evidence


def _near_words(words: list[str]) -> dict[str, list[str]]:
    """Each word with the words one letter inside it (`one_letter_inside`), compared only
    with words of the same first and last letters and a length at most one apart: a story
    of thousands of names is not read pair by pair."""
    buckets: dict[tuple[str, str, int], list[str]] = {}
    for w in words:
        buckets.setdefault((w[0], w[-1], len(w)), []).append(w)
    return {
        k: [
            o
            for n in (len(k) - 1, len(k), len(k) + 1)
            for o in buckets.get((k[0], k[-1], n), [])
            if one_letter_inside(k, o)
        ]
        for k in words
    }


def _type(labels: Counter[str]) -> str:
    return max(sorted(labels), key=lambda k: labels[k])


def _joinable(a: Counter[str], b: Counter[str]) -> bool:
    """One spelling typed a place, the other what a misread place is typed. Two spellings
    both typed a place are two places the recogniser knows ("Hubei" and "Hebei" are
    provinces one letter apart), not one misread."""
    ta, tb = _type(a), _type(b)
    if ta in _PLACE_LABELS and tb in _PLACE_LABELS:
        return False
    return (ta in _PLACE_LABELS and tb in _VARIANT_LABELS) or (
        tb in _PLACE_LABELS and ta in _VARIANT_LABELS
    )
