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

__all__ = ["chanted_words"]

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
