"""Keyword relevance: which articles and sentences a user's keywords point at.

Keywords arrive in many shapes ("oil spill", "IraqWar", "H1N1", "finan"), so
each is split into parts at spaces and lower-to-upper case changes, and a part
matches a word it begins (a stem such as "financ" matches "financial"). A
keyword matches when all its parts occur. Keywords that match nothing in a
collection are reported and ignored rather than emptying the timeline.

Keywords are a hint that degrades gracefully (`keyword_scope`). They narrow the
collection to the articles they match only when those are a real part of it
(`TimelineSettings.keyword_share`) and can fill the timeline asked for. A
collection whose keywords match little (a nickname the articles never write, a
word few of them use) is summarised as a whole, the matching articles and
sentences weighing more, and a note says so: the caller chose the collection,
the keywords only describe it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from storyline.corpus.timeline.options import TimelineOptions
from storyline.corpus.timeline.settings import TimelineSettings
from storyline.corpus.timeline.vectors import tokens
from storyline.model import Article

__all__ = ["KeywordMatcher", "KeywordScope", "keyword_scope", "split_keyword"]

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


@dataclass(frozen=True, slots=True)
class KeywordScope:
    """The articles a timeline draws on, how much each weighs, and the usable keywords."""

    articles: list[Article]
    relevance: dict[str, float] | None
    """Article id -> weight in date ranking (None: all alike)."""
    keywords: KeywordMatcher
    notes: tuple[str, ...] = ()


def keyword_scope(
    pool: list[Article],
    options: TimelineOptions,
    settings: TimelineSettings,
    days_of: Mapping[str, set[dt.date]],
) -> KeywordScope:
    """Narrow to the matching articles, or keep the whole collection with matches weighed up.

    `days_of` maps an article id to the days it offers sentences for (in range).
    """
    matcher = KeywordMatcher(options.keywords)
    if not matcher:
        return KeywordScope(pool, None, matcher)
    words = {a.id: tokens(f"{a.title or ''} {a.text}") for a in pool}
    vocabulary: set[str] = set()
    for ws in words.values():
        vocabulary.update(ws)
    usable = matcher.restrict(vocabulary)
    notes: list[str] = []
    if len(usable.keywords) < len(matcher.keywords):
        dropped = [" ".join(k) for k in matcher.keywords if k not in usable.keywords]
        notes.append(f"keywords not found in any article, ignored: {', '.join(dropped)}")
    if not usable:
        return KeywordScope(pool, None, usable, tuple(notes))
    matched = [a for a in pool if usable.count(words[a.id])]
    days: set[dt.date] = set()
    for a in matched:
        days |= days_of.get(a.id, set())
    wanted = options.max_dates if options.max_dates is not None else 1
    if len(matched) >= settings.keyword_share * len(pool) and len(days) >= wanted:
        return KeywordScope(matched, None, usable, tuple(notes))
    notes.append(
        f"keywords match only {len(matched)} of {len(pool)} articles: the whole collection "
        "is summarised, matching articles and sentences weighing more"
    )
    relevance = {a.id: 1.0 + settings.keyword_relevance for a in matched}
    return KeywordScope(pool, relevance, usable, tuple(notes))
