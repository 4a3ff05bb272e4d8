"""Dates a sentence names without its events happening then.

"Its lowest level since 1997", "up from 14% a year ago", "sales rose 43%
compared with the same period last year", "cut 31,500 jobs by 2012": the
date is a record's bound, a comparison or a deadline, and what the sentence
reports happened on the publication day (or on another date it names).
Dating such a sentence by that date files it years away from its event, in a
sentence date and in a timeline alike. The test is the word before the
expression (a quantity may stand between: "up from 14% a year ago").
"Since" counts only after a superlative or a comparative ("the first loss
since 1992"): "has been ill since 2004" dates the start of a state, which a
timeline may show. Ranges ("from 2009 to 2011") keep their first date, "by
Monday's storm" is the storm's day, and "from 2008, when it lost $15 billion"
introduces what happened then.
"""

from __future__ import annotations

import re

__all__ = ["is_reference_point"]

_QUANTITY = (
    r"(?:[$€£¥]?\d[\d.,]*(?:%|\s*(?:percent|per\s+cent|points?|million|billion|trillion)\b)?"
    r"[^\S\n]+)?"
)
_CUE_BEFORE = re.compile(
    r"(?i)\b(?:since|by|from|(?:than|versus|vs\.|compared\s+(?:to|with)|(?:as\s+)?against)"
    r"(?:[^\S\n]+(?:in|on|at|during))?)[^\S\n]+" + _QUANTITY + r"\Z"
)
_RANGE_AFTER = re.compile(r"(?i)[^\S\n]*(?:to|until|till|through|and|-|–|—)[^\S\n]")
_WHEN_AFTER = re.compile(r"(?i),?[^\S\n]+when\b")
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:\w+est|worst|first|most|least|only|more|fewer|less)\b[^.;:!?\n]*\Z"
)
_LOOK_BACK = 60
_CLAUSE_BACK = 100


def is_reference_point(text: str, start: int, end: int) -> bool:
    """The expression at text[start:end] bounds, compares or sets a deadline."""
    m = _CUE_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if m is None:
        return False
    cue = m.group(0).split(None, 1)[0].lower()
    if cue in ("by", "from") and text.startswith(("'s", "\u2019s"), end):
        return False  # "destroyed by Monday's storm": the storm's day
    if _WHEN_AFTER.match(text, end):
        return False  # "up from 2008, when it lost $15 billion": a clause about that date
    if cue == "since":
        # "its lowest level since 1997" compares; "has been ill since 2004" starts a state
        return bool(_RECORD_BEFORE.search(text, max(0, m.start() - _CLAUSE_BACK), m.start()))
    return not (cue == "from" and _RANGE_AFTER.match(text, end))
