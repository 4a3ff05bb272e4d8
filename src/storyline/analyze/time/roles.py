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
introduces what happened then. The figure inside a comparison is that date's,
not the sentence's: the claims stage dates "14%" in "up from 14% a year ago"
a year back (`comparison_start`).
"""

from __future__ import annotations

import re

__all__ = ["comparison_start", "is_reference_point"]

_PREP = r"(?:[^\S\n]+(?:in|on|at|during|for))?"
_QUANTITY = (  # "14%", "$3.2 billion", "141,951 units", "54 points"
    r"(?:[^\S\n]+[$€£¥]?\d[\d.,]*%?(?:[^\S\n]+(?!(?:in|on|at|during|for)\b)[a-z]+){0,2})?"
)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[^\S\n]+dozen|"
    r"dozens|hundreds|thousands)"
)
_AND_QUANTITY = (  # "up from 23 cases [and three deaths] on Sunday": both are Sunday's
    r"(?:[^\S\n]+and[^\S\n]+(?:[$€£¥]?\d[\d.,]*%?|" + _NUMBER_WORD + r")"
    r"(?:[^\S\n]+(?!(?:in|on|at|during|for)\b)[a-z]+){0,2})?"
)
_COMPARISON_BEFORE = re.compile(
    r"(?i)\b(?:from|than|versus|vs\.|compared[^\S\n]+(?:to|with)|(?:as[^\S\n]+)?against)"
    + _PREP
    + _QUANTITY
    + _AND_QUANTITY
    + _PREP
    + r"[^\S\n]+\Z"
)
_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|by)[^\S\n]+\Z")
# "the first time he has spoken since the strikes began on Saturday": a short clause
# after "since" whose date bounds the record, as "since Saturday" would.
_SINCE_CLAUSE_BEFORE = re.compile(
    r"(?i)\bsince(?:[^\S\n]+[\w'-]+){1,6}(?:[^\S\n]+(?:on|in|at))?[^\S\n]+\Z"
)
_RANGE_AFTER = re.compile(r"(?i)[^\S\n]*(?:to|until|till|through|and|-|–|—)[^\S\n]")
_WHEN_AFTER = re.compile(r"(?i),?[^\S\n]+when\b")
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:\w+est|worst|first|most|least|only|more|fewer|less)\b[^.;:!?\n]*\Z"
)
_LOOK_BACK = 80
_CLAUSE_BACK = 100


def comparison_start(text: str, start: int, end: int) -> int | None:
    """Where the comparison that text[start:end] ends begins ("from 14% a year ago"), or None.

    A number between that start and the expression is the figure of that
    earlier date: in "rose to 17%, up from 14% a year ago" 14% is a year old.
    """
    m = _COMPARISON_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if m is None or _WHEN_AFTER.match(text, end):
        return None
    from_ = m.group(0).lower().startswith("from")
    if from_ and (text.startswith(("'s", "\u2019s"), end) or _RANGE_AFTER.match(text, end)):
        return None  # "from Monday's meeting", "from 2009 to 2011"
    return m.start()


def is_reference_point(text: str, start: int, end: int) -> bool:
    """The expression at text[start:end] bounds, compares or sets a deadline."""
    if comparison_start(text, start, end) is not None:
        return True
    m = _BOUND_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if m is None:
        m = _SINCE_CLAUSE_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if m is None or _WHEN_AFTER.match(text, end):
        return False
    if m.group(0).lower().startswith("by"):
        return not text.startswith(("'s", "\u2019s"), end)  # "by Monday's storm": its day
    # "its lowest level since 1997" compares; "has been ill since 2004" starts a state
    return bool(_RECORD_BEFORE.search(text, max(0, m.start() - _CLAUSE_BACK), m.start()))
