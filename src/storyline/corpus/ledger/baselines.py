"""The earlier level a change is measured from: "rose 5% to $238m from $226m", "fell from 40 to
31". The value after "from" is what the figure was before, not what the story reports now:
lined up with the new level as of the same day it reads as a second, conflicting report of
the figure (or, kept alone, as the figure itself). The ledger keeps it as an earlier value
of its series (`PointInput.past`), the new level as the story's figure."""

from __future__ import annotations

import re

from storyline.model import Article, Claim

__all__ = ["change_baseline"]

_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_JOIN = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM_JOIN = re.compile(r"\s+from\s+", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_MOVE = re.compile(
    r"(?i)\b(?:r[io]se[ns]?|rising|climb\w*|f[ae]ll(?:s|en|ing)?|drop\w*|declin\w*|"
    r"increas\w*|decreas\w*|jump\w*|gr[eo]w(?:s|n|ing)?|soar\w*|surg\w*|plung\w*|slid\w*|"
    r"slipp?\w*|tumbl\w*|shr[aiu]nk\w*|doubl\w*|tripl\w*|cut|rais\w*|lower\w*|widen\w*|"
    r"narrow\w*|swung|swing\w*|up|down|improv\w*|wors\w*|boost\w*|slash\w*|reduc\w*)\b"
)
"""A word of change: what makes "from A to B" a move, not a range ("from 20 to 30 people
were hurt", an estimate's bounds)."""
_CLAUSE_CUT = re.compile(r"[.;!?:]\s")
_REACH_BACK = 80


def _moves_before(text: str, start: int) -> bool:
    """Whether the clause before `start` (up to `_REACH_BACK` characters) has a word of change."""
    window = text[max(0, start - _REACH_BACK) : start]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(window)]
    return _MOVE.search(window[cuts[-1] :] if cuts else window) is not None


def change_baseline(article: Article, c: Claim) -> Claim | None:
    """The new level when `c` is the value a change started from, else None: "from [B] to A"
    or "to A from [B]", A and B of one unit, after a word of change (`_MOVE`)."""
    text = article.text
    if c.unit is None or _FROM_BEFORE.search(text, max(0, c.start - 8), c.start) is None:
        return None
    for o in article.claims:
        if o.unit != c.unit or o.start == c.start:
            continue
        if o.start >= c.end and _TO_JOIN.fullmatch(text, c.end, o.start):
            before = c.start  # "rose from [$10 million] to $12 million"
        elif (
            o.end <= c.start
            and _FROM_JOIN.fullmatch(text, o.end, c.start)
            and _TO_BEFORE.search(text, max(0, o.start - 6), o.start)
        ):
            before = o.start  # "rose 5% to $238 million from [$226 million]"
        else:
            continue
        if _moves_before(text, before):
            return o
    return None
