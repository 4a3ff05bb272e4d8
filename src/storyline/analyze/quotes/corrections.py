"""An outlet's correction note is no one's statement ("An earlier version of this
article said five workers had died").

A correction repeats the error it retracts as the subject of "said" or "gave": the
source is the outlet's own earlier text (a version, an edition, an entry of a live
page), and what it "said" is what the outlet now says is false. Shown as a quote it
would put the retracted words before a reader as someone's statement, so the
attribution is kept for scoring and marked as stating nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyze.quotes.shown import unstated_speaker
from storyline.model import Quote

__all__ = ["correction_source", "corrections_unstated"]

_EARLIER_TEXT = re.compile(
    r"^(?:an?|the|this|our|its)?\s*"
    r"(?:(?:earlier|previous|prior|original|older)\s+"
    r"|(?:last|yesterday|this)\s*(?:week|month|year|morning|evening|night)?'s\s+"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\s+)"
    r"(?:print\s+|online\s+)?(?:version|edition|entry|post|update|draft)s?"
    r"(?:\s+of\s+(?:this|the|our)\s+(?:article|story|report|page|blog|post|live\s+blog))?$",
    re.IGNORECASE,
)
"""The outlet's own earlier text: a time-before word ("an earlier", "last week's") and
a text's version noun ("version", "edition", "entry"), optionally "of this article"."""


def correction_source(source_text: str) -> bool:
    """Whether a source phrase names the outlet's own earlier text, as a correction
    note writes it ("An earlier version of this article", "last week's edition")."""
    return _EARLIER_TEXT.match(" ".join(source_text.replace("\u2019", "'").split())) is not None


def corrections_unstated(quotes: list[Quote]) -> list[Quote]:
    """`quotes` with every quote whose source is the outlet's earlier text marked as
    stating nothing (`unstated_speaker`: kept for scoring, shown to no reader)."""
    return [
        replace(q, speaker=unstated_speaker(q.speaker))
        if q.speaker is not None and correction_source(q.speaker.text)
        else q
        for q in quotes
    ]
