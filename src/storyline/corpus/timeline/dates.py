"""Which days matter: how often the coverage refers back to a day, not only how much was published.

A day that later articles keep naming ("since the April 20 explosion") is a
turning point of the story; a day with many articles but no references back is
often just a busy news day. So a day scores most for the articles published
after it that name it, less for articles naming it on the day itself ("on
Tuesday" in Tuesday's report), and least for the bare volume published that
day (the only signal when sources carry no dates in their text). Mentions of
days still to come ("talks resume on May 3") do not count: announced dates
shift, and what did happen that day is named again afterwards if it mattered.

Choosing the top days outright lets a burst of coverage fill the timeline
with a run of neighbouring days; `choose_days` damps a day's score a little
for each chosen day near it, so a story months long gets entries across its
whole span while a genuinely dense week can still keep several days.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.corpus.timeline.candidates import DatedSentence

__all__ = [
    "DateScore",
    "choose_days",
    "rank_dates",
]

LATER_WEIGHT = 1.0
"""An article published after a day that names it."""
SAME_DAY_WEIGHT = 0.5
"""An article naming the day it was published on."""
EARLIER_WEIGHT = 0.0
"""An article naming a day still to come when it was published."""
PUBLISHED_WEIGHT = 0.25
"""An article published on the day, whatever it names."""
NEIGHBOUR_DAMPING = 0.1
"""A day loses this fraction of its score for each chosen day within the spacing."""
SPACING_SHARE = 0.25
"""The spacing: this share of the mean distance between days the timeline may have."""


@dataclass(frozen=True, slots=True)
class DateScore:
    day: dt.date
    score: float
    referring_articles: int
    """Distinct articles whose sentences name the day (any publication date)."""
    published_articles: int


def rank_dates(
    candidates: Iterable[DatedSentence],
    *,
    published_weight: float = PUBLISHED_WEIGHT,
    relevance: dict[str, float] | None = None,
) -> list[DateScore]:
    """Days that have candidate sentences, by decreasing importance (ties: earlier first).

    `relevance` optionally weighs each article (keyword matches); missing
    articles weigh 1. An article counts once per day, under the most
    telling way it refers to it (later, then same day, then earlier).
    """
    later: dict[dt.date, set[str]] = defaultdict(set)
    same: dict[dt.date, set[str]] = defaultdict(set)
    earlier: dict[dt.date, set[str]] = defaultdict(set)
    published: dict[dt.date, set[str]] = defaultdict(set)
    days: set[dt.date] = set()
    for c in candidates:
        days.add(c.day)
        if c.source == "timex":
            if c.published is None or c.published == c.day:
                same[c.day].add(c.article_id)
            elif c.published > c.day:
                later[c.day].add(c.article_id)
            else:
                earlier[c.day].add(c.article_id)
        if c.published is not None:
            published[c.published].add(c.article_id)

    def weight(ids: set[str]) -> float:
        if relevance is None:
            return float(len(ids))
        return sum(relevance.get(i, 1.0) for i in ids)

    empty: set[str] = set()
    scores = []
    for day in days:
        after = later.get(day, empty)
        on = same.get(day, empty) - after
        before = earlier.get(day, empty) - after - on
        score = (
            LATER_WEIGHT * weight(after)
            + SAME_DAY_WEIGHT * weight(on)
            + EARLIER_WEIGHT * weight(before)
            + published_weight * weight(published.get(day, empty))
        )
        scores.append(
            DateScore(day, score, len(after) + len(on) + len(before), len(published.get(day, ())))
        )
    scores.sort(key=lambda s: (-s.score, s.day))
    return scores


def choose_days(
    ranked: Sequence[DateScore],
    limit: int,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[dt.date]:
    """The `limit` best days in date order, spread over [start, end] (default: the ranked span).

    Greedy: take the best remaining day, then damp the days within the
    spacing of it by `NEIGHBOUR_DAMPING` (compounding when several chosen
    days are near).
    """
    if not ranked or limit <= 0:
        return []
    if len(ranked) <= limit:
        return sorted(s.day for s in ranked)
    first = start or min(s.day for s in ranked)
    last = end or max(s.day for s in ranked)
    spacing = max(1, round(SPACING_SHARE * ((last - first).days + 1) / limit))
    remaining = {s.day: s.score for s in ranked}
    heap = [(-s.score, s.day.toordinal(), s.day) for s in ranked]
    heapq.heapify(heap)
    chosen: list[dt.date] = []
    while len(chosen) < limit and heap:
        negative, ordinal, day = heapq.heappop(heap)
        if day not in remaining:
            continue
        if -negative > remaining[day]:  # damped since it was queued: queue it again
            heapq.heappush(heap, (-remaining[day], ordinal, day))
            continue
        chosen.append(day)
        del remaining[day]
        for offset in range(-spacing, spacing + 1):
            near = day + dt.timedelta(days=offset)
            if near in remaining:
                remaining[near] *= 1.0 - NEIGHBOUR_DAMPING
    return sorted(chosen)
