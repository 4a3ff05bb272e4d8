"""Choosing a day's sentences: central, non-redundant, about that day.

The extractive summariser ranks a day's candidate sentences by TF-IDF cosine to
the day's centroid (what most sources say about the day) plus a smaller part of
their cosine to the whole story's profile (so an aside that happens to share the
day, a book review or an obituary, loses to a sentence about the story), with a
small bonus for sentences that name the day themselves and for keyword matches, then picks
greedily while skipping sentences too similar to one already chosen. Chronology entries
("Feb. 26 - The Security Council imposes sanctions") weigh more: they are an editor's
one-line account of the day, in the register a timeline wants. Sentences far down an
article (past `lead_depth`) are only a fallback: deep in a long report is background and
colour, while the lead and the first paragraphs say what happened. So are sentences
whose subject is a bare pronoun nothing resolved ("He said ...", subjects.py): alone in
a timeline they do not say who. Identical
sentences from several outlets (wire copy) are merged into one line that cites
all of them, and their agreement raises the line's weight in the centroid.

`Rewriter` is the seam for an abstractive model: it receives the extractive
lines (with their sources) and returns fewer, rewritten lines that still name
the sentences they came from. None is configured by default: no model hub and
no paid API are used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from storyline.corpus.timeline.candidates import DatedSentence
from storyline.corpus.timeline.keywords import KeywordMatcher
from storyline.corpus.timeline.settings import DEFAULT_SETTINGS, TimelineSettings
from storyline.corpus.timeline.vectors import TfidfSpace, tokens

__all__ = [
    "CentroidSummarizer",
    "DaySummarizer",
    "Rewriter",
    "TimelineLine",
]

MIN_CONTENT_WORDS = 5
"""Fewer content words than this is a dateline, a caption or a timestamp, not an event."""
MAX_WORDS = 50
MAX_CANDIDATES = 600
_NORM = re.compile(r"\W+")
_BOILERPLATE = re.compile(
    r"\s\|\s|\b\d{1,2}:\d{2}\s*[ap]\.?m\b.*\b\d{1,2}:\d{2}\s*[ap]\.?m\b", re.I
)
"""Page furniture: "|" separators (comment bylines, navigation), two-clock update stamps."""


@dataclass(frozen=True, slots=True)
class TimelineLine:
    """A line of a timeline and the article sentences it comes from (first = quoted)."""

    text: str
    sources: tuple[DatedSentence, ...]


@runtime_checkable
class DaySummarizer(Protocol):
    """Chooses up to `n` lines for one day from that day's candidate sentences."""

    def __call__(
        self, day: dt.date, candidates: Sequence[DatedSentence], n: int
    ) -> list[TimelineLine]: ...


@runtime_checkable
class Rewriter(Protocol):
    """An abstractive step over the extractive lines; must keep citing its sources."""

    def __call__(
        self, day: dt.date, lines: Sequence[TimelineLine], n: int
    ) -> list[TimelineLine]: ...


class CentroidSummarizer:
    """The default extractive `DaySummarizer` over a collection-wide TF-IDF space."""

    def __init__(
        self,
        space: TfidfSpace,
        keywords: KeywordMatcher | None = None,
        topic: dict[str, float] | None = None,
        settings: TimelineSettings = DEFAULT_SETTINGS,
    ) -> None:
        """`topic` is the story profile (`TfidfSpace.profile`); None scores by the day alone."""
        self.space = space
        self.keywords = keywords or KeywordMatcher(())
        self.topic = topic
        self.settings = settings

    def __call__(
        self, day: dt.date, candidates: Sequence[DatedSentence], n: int
    ) -> list[TimelineLine]:
        settings = self.settings
        groups = _merge_duplicates(candidates)
        sized = [
            g
            for g in groups
            if len(g[0].text.split()) <= MAX_WORDS
            and len(tokens(g[0].text)) >= MIN_CONTENT_WORDS
            and not _BOILERPLATE.search(g[0].text)
        ]
        groups = sized or groups
        early = [
            g
            for g in groups
            if min(s.position for s in g) < settings.lead_depth or any(s.chronology for s in g)
        ]
        groups = early or groups
        clear = [g for g in groups if not all(s.unclear_subject for s in g)]
        groups = clear or groups
        if len(groups) > MAX_CANDIDATES:
            groups.sort(key=_priority)
            groups = groups[:MAX_CANDIDATES]
        words = [tokens(g[0].text) for g in groups]
        matrix = self.space.matrix(words, self.topic or {})
        topic = matrix[-1]
        matrix = matrix[:-1]
        weights = np.array([len({s.article_id for s in g}) for g in groups], dtype=np.float64)
        centroid = weights @ matrix
        norm = float(np.linalg.norm(centroid))
        if norm == 0.0:
            return [TimelineLine(g[0].text, tuple(g)) for g in groups[:n]]
        scores = matrix @ (centroid / norm) + settings.topic_weight * (matrix @ topic)
        for i, g in enumerate(groups):
            bonus = 1.0
            if any(s.days_mentioned == 1 for s in g):
                bonus += settings.names_day_bonus
            if any(s.chronology for s in g):
                bonus += settings.chronology_bonus
            if self.keywords:
                bonus += settings.keyword_bonus * min(self.keywords.count(words[i]), 2)
            if all(s.unchecked_pronoun for s in g):
                bonus *= settings.unchecked_pronoun_weight
            scores[i] *= bonus
        chosen: list[int] = []
        # scores equal but for their last bits (two sentences sharing no word with the rest
        # score the same) rank in the candidates' order, the earlier sentence first
        for i in np.argsort(-np.round(scores, _SCORE_DIGITS), kind="stable"):
            if len(chosen) >= n:
                break
            if chosen and float(np.max(matrix[chosen] @ matrix[i])) > settings.redundancy:
                continue
            chosen.append(int(i))
        return [TimelineLine(groups[i][0].text, tuple(groups[i])) for i in chosen]


_SCORE_DIGITS = 12
"""Decimals a line's score is compared to: float sums in another order differ further down."""


def _merge_duplicates(candidates: Sequence[DatedSentence]) -> list[list[DatedSentence]]:
    by_key: dict[str, list[DatedSentence]] = {}
    for c in candidates:
        by_key.setdefault(_NORM.sub(" ", c.text.lower()).strip(), []).append(c)
    return list(by_key.values())


def _priority(group: list[DatedSentence]) -> tuple[int, int, int]:
    names_day = any(s.source == "timex" for s in group)
    return (0 if names_day else 1, -len(group), min(s.position for s in group))
