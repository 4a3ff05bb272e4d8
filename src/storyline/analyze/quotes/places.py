"""Whether a source phrase is a place the words only came from or happened in.

A place speaks only as the subject of a speech verb, standing for its government ("Kestra
said", "Dorvale warned"). Behind a preposition it is where something was sent from or
where people went: "the reports from Kestra City that ..." are nobody's words that a
reader can be shown, and in "protesters swarmed into the streets of Osk and other towns
demanding that ..." the towns demand nothing. The parse sometimes hangs the speech word on
such a place; the resolver then shows no speaker rather than the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.source_heads import PREPOSITIONS, WORD
from storyline.analyze.quotes.speaking_nouns import singular
from storyline.model import EntityMention

__all__ = ["place_behind_preposition"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = vocab(
    "city town village street square capital province region country state district area "
    "port suburb neighbourhood neighborhood island"
)
"""Common nouns for places, singular ("the capital"; a plural is read by `singular`: "other
cities")."""
_GOVERNING = (PREPOSITIONS - {"by"}) | vocab("into onto through throughout around")
"""Prepositions a place can stand behind; "by" is left out, since the agent of a passive
speech verb speaks ("was announced by Kestra")."""
_LINKED_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:and|or|,)\s*$")
"""A name and a conjunction before the phrase ("of Osk and other towns"): the phrase is a
conjunct of what the preposition governs."""


def place_behind_preposition(
    text: str, start: int, end: int, overlapping: Sequence[EntityMention]
) -> bool:
    """Whether text[start:end] is a place (a place name, or a phrase headed by a noun for
    places) governed by a preposition: the word before it is one ("from Kestra City"), or
    it is joined by "and" to a name the preposition governs ("into Osk and other towns")."""
    if not _is_place(text, start, end, overlapping):
        return False
    before = text[max(0, start - 80) : start]
    linked = _LINKED_NAME.search(before)
    if linked is not None:
        before = before[: linked.start()]
    words = WORD.findall(before)
    return bool(words) and words[-1].casefold() in _GOVERNING


def _is_place(text: str, start: int, end: int, overlapping: Sequence[EntityMention]) -> bool:
    whole = [e for e in overlapping if e.start <= start and e.end >= end]
    if whole:
        return all(e.label in _PLACE_LABELS for e in whole)
    words = WORD.findall(text[start:end])
    return bool(words) and singular(words[-1].casefold()) in _PLACE_NOUNS
