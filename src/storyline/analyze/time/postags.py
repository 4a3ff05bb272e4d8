"""Part-of-speech tags for the few sentences whose expressions need a tense.

Only a bare weekday or a month without a year needs the verbs around it, so
only their sentences are tagged, in one batch, which keeps the stage near
regex speed. A spaCy Doc an earlier stage left (the entities stage parses
the whole text) is reused when it covers the same text; otherwise spaCy's
tok2vec + tagger run on those sentences. Without a usable model the tagger
falls back to the cue-word scan (tense.py) instead of failing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from storyline.analyze.time.verbs import TaggedToken

__all__ = ["SentenceTags"]

_log = logging.getLogger(__name__)
_TAGGER = ("tok2vec", "tagger")


class SentenceTags:
    """Tagged tokens per sentence (start, end) of one text."""

    def __init__(self, text: str, doc: Any = None) -> None:
        self._text = text
        self._doc = doc if _usable(doc, text) else None
        self._cache: dict[tuple[int, int], list[TaggedToken]] = {}

    def prepare(self, bounds: Iterable[tuple[int, int]]) -> None:
        """Tag these sentences now, in one batch."""
        todo = sorted({b for b in bounds if b not in self._cache})
        if not todo:
            return
        if self._doc is not None:
            for b in todo:
                tokens = _from_doc(self._doc, self._text, *b)
                if tokens is not None:
                    self._cache[b] = tokens
            todo = [b for b in todo if b not in self._cache]
            if not todo:
                return
        nlp = _load()
        if nlp is None:
            return
        texts = [self._text[s:e] for s, e in todo]
        for (s, e), sent in zip(todo, nlp.pipe(texts, batch_size=64), strict=True):
            self._cache[(s, e)] = [
                TaggedToken(s + t.idx, s + t.idx + len(t.text), t.lower_, t.tag_) for t in sent
            ]

    def get(self, start: int, end: int) -> list[TaggedToken] | None:
        """The tagged tokens of sentence (start, end), or None when it was not tagged."""
        return self._cache.get((start, end))


def _usable(doc: Any, text: str) -> bool:
    """A cheap first check; `_from_doc` then checks the tokens it uses against the text.

    (Comparing `doc.text`, which spaCy rebuilds token by token, cost more than
    all the rest of the stage.)
    """
    try:
        if doc is None or len(doc) == 0:
            return False
        last = doc[-1]
        return bool(last.idx + len(last.text_with_ws) == len(text) and doc.has_annotation("TAG"))
    except (AttributeError, TypeError, ValueError, IndexError):
        return False


def _from_doc(doc: Any, text: str, start: int, end: int) -> list[TaggedToken] | None:
    """The tokens of sentence (start, end), or None when the Doc's words are not the text's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for t in span:
        if text[t.idx : t.idx + len(t.text)] != t.text:
            return None
        out.append(TaggedToken(t.idx, t.idx + len(t.text), t.lower_, t.tag_))
    return out


def _load() -> Any:
    from storyline.analyze.nlp import load_nlp

    try:
        return load_nlp(_TAGGER)
    except (OSError, ImportError, ValueError) as exc:  # no model installed: cue words only
        _log.warning("time: no POS tagger (%s); falling back to tense cue words", exc)
        return None
