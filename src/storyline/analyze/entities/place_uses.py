"""A town the recogniser typed a body or a person throughout an article ("Floodwater rose
in Haverstrand", "Police in Haverstrand", "residents of Haverstrand", every one typed ORG):
the text writes it where only a place stands, so it is a place, and so is its dateline in
capitals ("HAVERSTRAND -").

The small model types an unfamiliar one-word name by its shape, and a story's place then
ranks among its bodies or people. The prepositions before the name are the text's own
reading of it: "in", "near", "outside" and "across" before a name, or "residents of",
"the streets of", say a place; a body is written so too now and then ("a stake in
Harlow", "jobs in Harlow's plants"), so it takes two such uses, none after a noun of
holding ("stake", "shares", "confidence") and none with a possessive, and a name the
article ever shows to be a body or a person (a legal form or a business's cue, a title,
a person's cue, a speech verb after it, a person's full name holding it) stays as typed,
and so does a word the model's word lists know as a noun: a body's common name
("people in Congress", "a debate in Parliament") is written after "in" as a town is.
An article-wide pass over prepared mentions run by canonical.py after the cues of each
mention are read (retype_cued); word classes only, never a list of names.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key
from storyline.analyze.nlp import in_lexicon

__all__ = ["retype_place_uses"]

_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(\w+)\s+)?\b(?:in|near|outside|across|throughout)\s+\Z"
    r"|\b(?:residents|people|streets|outskirts|centre|center|mayor|townspeople)\s+of\s+\Z"
)
"""A preposition of place right before a name ("in", "near"), with the word before it
(read by `_HOLDING`), or a place's own noun and "of" ("residents of", "the outskirts of")."""
_HOLDING = frozenset(
    {
        *("stake", "stakes", "share", "shares", "interest", "interests", "investment"),
        *("investments", "confidence", "faith", "trust", "role", "part", "jobs"),
    }
)
"""Nouns a body is written after "in" by ("a stake in Harlow", "confidence in Harlow"): no
place's use."""
_NOT_PLACE_AFTER = re.compile(
    r"\s*(?:['’]\s*s\b|,?\s+(?:said|says|told|tells|added|announced|reported|wrote|"
    r"denied|insisted|argued|warned|explained)\b)"
)
"""What follows a body's or a person's name and no town's: a possessive or a speech verb."""
_RETYPED = frozenset({"ORG", "PERSON"})
_PLACE_USES = 2


def retype_place_uses(text: str, work: list[PreparedMention]) -> None:
    """Every mention of a one-word name typed a body or a person that the article writes
    after a preposition of place at least twice, and never in a way only a body or a
    person is written, is typed a place (GPE), its capitals ("HAVERSTRAND") too."""
    # a word of a person's full name, or the first word of a longer name ("Harlow Mae"),
    # may be that person or body alone; a place after "of" in a body's name is no evidence
    in_longer = {
        word
        for w in work
        if " " in w.name
        for word in (
            cached_name_key(w.name).split()
            if w.label == "PERSON"
            else cached_name_key(w.name).split()[:1]
        )
    }
    uses: dict[str, int] = {}
    kept: set[str] = set()
    for w in work:
        key = cached_name_key(w.name)
        if " " in w.name or not key:
            continue
        if w.label not in _RETYPED and w.label not in {"GPE", "LOC"}:
            kept.add(key)  # read as a people, a work or a product somewhere
            continue
        if w.business or w.role or w.person_cue or w.product:
            kept.add(key)
            continue
        if _NOT_PLACE_AFTER.match(text, w.end):
            kept.add(key)
            continue
        if _place_use(text, w.start):
            uses[key] = uses.get(key, 0) + 1
    placed = (
        {k for k, n in uses.items() if n >= _PLACE_USES and not in_lexicon(k, "noun")}
        - kept
        - in_longer
    )
    if not placed:
        return
    for w in work:
        if w.label in _RETYPED and " " not in w.name and cached_name_key(w.name) in placed:
            w.label = "GPE"


def _place_use(text: str, start: int) -> bool:
    """Whether the name at `start` is written after a preposition of place, not after a
    noun of holding ("a stake in")."""
    found = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    before = found.group(1)
    return before is None or before.lower() not in _HOLDING
