"""Which days matter: how often the coverage refers back to a day, not only how much was published.

A day that later articles keep naming ("since the April 20 explosion") is a
turning point of the story; a day with many articles but no references back is
often just a busy news day. The score of a day is the number of distinct
articles whose sentences name it, plus a smaller weight for the articles
published on it (the only signal when sources carry no dates in their text).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.corpus.timeline.candidates import DatedSentence

__all__ = ["DateScore", "rank_dates"]

PUBLISHED_WEIGHT = 0.5
"""An article published on a day counts this much next to one referring to it."""


@dataclass(frozen=True, slots=True)
class DateScore:
    day: dt.date
    score: float
    referring_articles: int
    published_articles: int


def rank_dates(
    candidates: Iterable[DatedSentence],
    *,
    published_weight: float = PUBLISHED_WEIGHT,
    relevance: dict[str, float] | None = None,
) -> list[DateScore]:
    """Days that have candidate sentences, by decreasing importance (ties: earlier first).

    `relevance` optionally weighs each article (keyword matches); missing
    articles weigh 1.
    """
    referring: dict[dt.date, set[str]] = defaultdict(set)
    published: dict[dt.date, set[str]] = defaultdict(set)
    days: set[dt.date] = set()
    for c in candidates:
        days.add(c.day)
        if c.source == "timex":
            referring[c.day].add(c.article_id)
        if c.published is not None:
            published[c.published].add(c.article_id)

    def weight(ids: set[str]) -> float:
        if relevance is None:
            return float(len(ids))
        return sum(relevance.get(i, 1.0) for i in ids)

    scores = [
        DateScore(
            day,
            weight(referring.get(day, set()))
            + published_weight * weight(published.get(day, set())),
            len(referring.get(day, ())),
            len(published.get(day, ())),
        )
        for day in days
    ]
    scores.sort(key=lambda s: (-s.score, s.day))
    return scores
