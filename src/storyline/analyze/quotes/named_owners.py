"""The name written before a speech noun as its owner ("a Valley Courier report that ...").

A report, statement or claim whose maker is named as a modifier ("a Ruiz campaign claim
that", "a Velmar Police Department statement that") is that body's or person's, not the
subject's of the verb that takes it up ("The mayor seized on a Valley Courier report
that ..." states nothing of the mayor's own). Kept apart from nominal.py (near 500 lines).
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.time.lexicon import MONTHS, WEEKDAYS

__all__ = ["named_modifier"]


def named_modifier(noun: Any) -> tuple[Any, Any] | None:
    """The words set right before `noun` as its modifiers, when they hold a proper noun
    ("a New York Ledger report", "a Ruiz campaign claim": the campaign's). None when
    nothing or no such name stands there ("a government report", "a new report"), and
    when the words say when ("a Tuesday statement", "a Sept. 5 report")."""
    doc = noun.doc
    first = noun.i
    while first > 0 and doc[first - 1].dep_ == "compound" and _under(doc[first - 1], noun):
        first -= 1
    if first == noun.i:
        return None
    words = doc[first : noun.i]
    if not any(t.tag_ in {"NNP", "NNPS"} for t in words):
        return None
    if any(t.tag_ == "CD" or _when(t.lower_) for t in words):
        return None
    return doc[first], doc[noun.i - 1]


def _under(token: Any, noun: Any) -> bool:
    """Whether a compound word hangs on `noun`, directly or through other compounds."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
        if token.i == noun.i:
            return True
    return False


def _when(word: str) -> bool:
    """Whether a word names a month or a day of the week (with or without its period)."""
    word = word.rstrip(".")
    return word in MONTHS or word in WEEKDAYS
