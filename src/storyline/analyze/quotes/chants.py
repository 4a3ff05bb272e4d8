"""Words a crowd chants, shouted or sung in quotation marks, are nobody's statement.

"Fans urged on by Tomas Orlov greeted him with chants of `` Orlov ! Orlov ! ''": the
quoted words are the object of a chant noun ("chants of", "cries of", "a chorus of")
or follow a chanting verb ("chanting", "chanted"), and the cue the parse hangs them
on is another verb of the sentence ("urging", "greeted"). Its subject did not say
them: the crowd did, and a crowd's slogan states nothing a reader would look up.
Such words are kept as a quote but shown to no one. A chant whose own verb is the
cue ("the fans chanted `` ... ''") is left to that verb and its subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["chanted_quote", "chanted_words"]

_CHANT_BEFORE = re.compile(
    r"\b(?:(?:chants?|cries|shouts|chorus(?:es)?|roars?|refrains?|singing)\s+of"
    r"|chanting|chanted|chant)\s*[:,]?\s*$",
    re.IGNORECASE,
)
"""A chant word right before the quotation mark ("chants of", "chanting")."""

_LOOK_BACK = 40
"""How many characters before the mark the chant word may start."""


def chanted_words(text: str, mark_start: int, cue_start: int | None) -> bool:
    """Whether the quotation opening at `mark_start` is what a crowd chants, hung on a cue
    (starting at `cue_start`, None for words with no cue) other than the chant word."""
    before = text[max(0, mark_start - _LOOK_BACK) : mark_start]
    found = _CHANT_BEFORE.search(before)
    if found is None:
        return False
    chant_at = mark_start - len(before) + found.start()
    return cue_start is None or not chant_at <= cue_start < mark_start


class _Span(Protocol):
    @property
    def start(self) -> int: ...


def chanted_quote(text: str, marks: Sequence[_Span], cue_start: int) -> bool:
    """Whether a quote whose marks are `marks` is a crowd's chant hung on the cue at
    `cue_start`. Not when the cue stands after every chant and words of its own in marks
    follow it ("Over shouts of `` Resign ! '' , Ana Ruiz said `` I will not resign . ''"):
    the parse took the chant and the speaker's words for one quote, and the words are hers."""
    chanted = [m.start for m in marks if chanted_words(text, m.start, cue_start)]
    if not chanted:
        return False
    own_words = any(m.start > cue_start and m.start not in chanted for m in marks)
    return not (own_words and cue_start > max(chanted))
