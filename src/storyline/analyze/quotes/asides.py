"""The writer's own view, outside quotation marks: "This is, I think, the worst plan".

A columnist, a blogger or a live-blogger writes "I think ...", "I don't think ...", "We
believe that ..." in their own voice: nobody is reported as saying anything, and the
quote stage can only show it with "I" as an unnamed speaker. The same words in a
transcript ("YOUSEF : ... And I think a change is in the air", "A: I think rates will
rise") are the turn holder's, and state something; so a page with transcript turns keeps
them. Read with the whole page,
after the quotes are found (a parse sees one sentence at a time).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from storyline.analyze.quotes.cues import FIRST_PERSON
from storyline.analyze.quotes.narrated import VIEW_VERBS
from storyline.analyze.quotes.shown import unstated_speaker
from storyline.model import Quote
from storyline.text.speaker_labels import turn_labels

__all__ = ["MIN_TURNS", "transcript", "writers_asides"]

_LINE_LABEL = re.compile(r"^[ \t]*([A-Z][a-z'’.-]*(?: [A-Z][a-z'’.-]+){0,2}) ?:[ \t]", re.MULTILINE)
"""A short label opening a line in ordinary case: an interview's "Q:" and "A:", or a
transcript's "Ana Korv:" and "Host:"."""
_INTERVIEW_LABELS = frozenset({"Q", "A"})
MIN_TURNS = 2
"""Labels needed before a page is read as a transcript (one may be a page's marker)."""


def transcript(text: str) -> bool:
    """Whether a page is (or holds) a transcript: at least `MIN_TURNS` upper-case turn
    labels that read as speakers (`text.speaker_labels.turn_labels`: "THE END :" is a heading),
    or `MIN_TURNS` different line labels in ordinary case that are an interview's
    "Q:"/"A:" or each open two lines or more. (One such label, even repeated, is a page's
    furniture: "Update: ...".)"""
    if len(turn_labels(text)) >= MIN_TURNS:
        return True
    labels = Counter(m.group(1) for m in _LINE_LABEL.finditer(text))
    turns = [k for k, n in labels.items() if k in _INTERVIEW_LABELS or n >= MIN_TURNS]
    return len(turns) >= MIN_TURNS


def writers_asides(text: str, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with each view the writer holds in their own voice (a verb of holding a
    view whose source is "I" or "we", left unresolved) marked as stating nothing, unless
    the page is a transcript; the source span is kept for scoring."""
    if transcript(text):
        return quotes
    return [
        replace(q, speaker=unstated_speaker(q.speaker))
        if q.speaker is not None and _aside(q)
        else q
        for q in quotes
    ]


def _aside(q: Quote) -> bool:
    s = q.speaker
    return (
        s is not None
        and s.resolution == "unresolved"
        and s.text.casefold() in FIRST_PERSON
        and q.cue is not None
        and q.cue.casefold() in VIEW_VERBS
    )
