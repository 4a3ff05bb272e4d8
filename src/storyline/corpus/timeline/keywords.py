"""Keyword relevance: which articles and sentences a user's keywords point at.

Keywords arrive in many shapes ("oil spill", "IraqWar", "H1N1", "finan"), so
each is split into parts at spaces and lower-to-upper case changes, and a part
matches a word it begins (a stem such as "financ" matches "financial"). A
keyword matches when all its parts occur. Keywords that match nothing in a
collection are reported and ignored rather than emptying the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["KeywordMatcher", "split_keyword"]

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PARTS = re.compile(r"[A-Za-z0-9]+")


def split_keyword(keyword: str) -> tuple[str, ...]:
    """Lower-cased parts of one keyword: "IraqWar" -> ("iraq", "war")."""
    return tuple(p.lower() for p in _PARTS.findall(_CAMEL.sub(" ", keyword)))


class KeywordMatcher:
    """Matches token lists against keywords; empty when no usable keyword was given."""

    def __init__(self, keywords: Iterable[str]) -> None:
        parts = (split_keyword(k) for k in keywords)
        self.keywords: tuple[tuple[str, ...], ...] = tuple(p for p in parts if p)

    def __bool__(self) -> bool:
        return bool(self.keywords)

    def count(self, words: Sequence[str]) -> int:
        """How many keywords the words match (all parts of a keyword present as prefixes)."""
        if not self.keywords:
            return 0
        return sum(
            all(any(w.startswith(part) for w in words) for part in keyword)
            for keyword in self.keywords
        )

    def restrict(self, known: set[str]) -> KeywordMatcher:
        """Only the keywords whose parts all begin some word of `known`."""
        kept = KeywordMatcher(())
        kept.keywords = tuple(
            k for k in self.keywords if all(any(w.startswith(p) for w in known) for p in k)
        )
        return kept
