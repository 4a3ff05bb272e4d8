"""Helpers shared by the time tagger tests: expressions found, and the tense read for one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyze.time import tag_timexes
from storyline.analyze.time.verbs import TaggedToken, verb_tense

__all__ = ["found", "tense_of", "values"]


def found(text: str, dct: dt.date | None) -> dict[str, tuple[str, str]]:
    """Each expression's text -> (type, value)."""
    return {t.text: (t.type, t.value) for t in tag_timexes(text, dct)}


def values(text: str, dct: dt.date | None) -> dict[str, tuple[str, str]]:
    """Like `found`, keyed by the lower-cased text."""
    return {t.text.lower(): (t.type, t.value) for t in tag_timexes(text, dct)}


def tense_of(nlp: Any, sentence: str, expr: str) -> str | None:
    """The tense the tagger reads for `expr` in `sentence`, with the real POS tagger `nlp`."""
    doc = nlp(sentence)
    tokens = [TaggedToken(t.idx, t.idx + len(t.text), t.lower_, t.tag_) for t in doc]
    start = sentence.index(expr)
    return verb_tense(tokens, start, start + len(expr), sentence[max(0, start - 30) : start])
