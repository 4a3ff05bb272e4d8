"""Which way a bare "Friday" or "October 7" points: the tense of the words around it.

HeidelTime reads the tense from POS tags (verbs.py does, when a tagger is
available); this cue-word scan of the same sentence is the fallback without
one (`tag_timexes(..., pos=False)`, no model installed, very long texts).
The cue nearest to the expression wins, so in "said he will meet on Friday"
the "will" decides, while in "said on Friday that it will" the "said" does.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Tense", "tense_near"]

Tense = Literal["past", "future"]

_FUTURE = (
    r"will|'ll|shall|won't|wo n't|going to|scheduled|expected|due|"
    r"upcoming|set to|is to|are to|intends?|hopes? to|aims? to|would|ahead|"
    r"plans? to|planning|coming|until|as soon as"
)
_PAST = (
    r"said|says|was|were|had|did|told|announced|reported|came|went|"
    r"began|took|gave|made|met|won|lost|fell|rose|left|held|sent|saw|became|found|"
    r"[a-z]+ed"
)
_NOT_PAST = {"scheduled", "expected", "planned", "indeed", "need", "seed", "feed", "speed"}
_MODAL_BEFORE = re.compile(r"\b(?:will|'ll|shall|to)\s+(?:be|have|have\s+been)\s+$", re.I)
_WINDOW = 80  # characters: a cue further away usually belongs to another clause
_CUE = re.compile(rf"\b(?:(?P<f>{_FUTURE})|(?P<p>{_PAST}))\b", re.IGNORECASE)


def tense_near(text: str, start: int, end: int, sent_start: int, sent_end: int) -> Tense | None:
    """The tense of the cue nearest to text[start:end] within its sentence, or None."""
    best: tuple[int, Tense] | None = None
    for m in _CUE.finditer(text, sent_start, sent_end):
        if start <= m.start() < end:
            continue
        word = m.group(0).lower()
        if m["p"] and not m.group(0).islower():
            continue  # "United", "Reed": names, not verbs
        if m["p"] and word in _NOT_PAST:
            tense: Tense = "future"
        else:
            tense = "future" if m["f"] else "past"
        if tense == "past" and _MODAL_BEFORE.search(
            text, max(sent_start, m.start() - 20), m.start()
        ):
            tense = "future"  # "will be held", "is to be signed"
        # The governing verb usually precedes the expression ("met Monday").
        distance = start - m.end() if m.end() <= start else 3 * (m.start() - end) + 30
        if distance > _WINDOW:
            continue
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None
