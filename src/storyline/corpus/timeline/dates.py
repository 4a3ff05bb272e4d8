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
whole span while a genuinely dense week can still keep several days. The
weights and the spacing are `TimelineSettings` fields (settings.py), chosen by
leave-one-topic-out. With no number of days asked for, `auto_limit` keeps the
days that stand out, so the count follows the coverage.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.corpus.timeline.candidates import DatedSentence
from storyline.corpus.timeline.settings import DEFAULT_SETTINGS, TimelineSettings

__all__ = [
    "DateScore",
    "auto_limit",
    "choose_days",
    "rank_dates",
]


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
    settings: TimelineSettings = DEFAULT_SETTINGS,
    relevance: dict[str, float] | None = None,
) -> list[DateScore]:
    """Days that have candidate sentences, by decreasing importance (ties: earlier first).

    `relevance` optionally weighs each article (keyword matches); missing
    articles weigh 1. An article counts once per day, under the most
    telling way it refers to it (later, then same day, then earlier); a
    chronology listing the day adds `settings.chronology_weight` on top.
    """
    later: dict[dt.date, set[str]] = defaultdict(set)
    same: dict[dt.date, set[str]] = defaultdict(set)
    earlier: dict[dt.date, set[str]] = defaultdict(set)
    published: dict[dt.date, set[str]] = defaultdict(set)
    listed: dict[dt.date, set[str]] = defaultdict(set)
    days: set[dt.date] = set()
    for c in candidates:
        days.add(c.day)
        if c.chronology:
            listed[c.day].add(c.article_id)
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
            settings.later_weight * weight(after)
            + settings.same_day_weight * weight(on)
            + settings.earlier_weight * weight(before)
            + settings.published_weight * weight(published.get(day, empty))
            + settings.chronology_weight * weight(listed.get(day, empty))
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
    settings: TimelineSettings = DEFAULT_SETTINGS,
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
    spacing = max(1, round(settings.spacing_share * ((last - first).days + 1) / limit))
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
                remaining[near] *= 1.0 - settings.neighbour_damping
    return sorted(chosen)


def auto_limit(ranked: Sequence[DateScore], settings: TimelineSettings = DEFAULT_SETTINGS) -> int:
    """How many days a timeline shows when the caller does not say: as many as stand out.

    A day stands out when its score reaches `auto_share` of the score of the day
    ranked `auto_reference`; the count is kept within [auto_min, auto_max]. A
    story covered for months, with many days the coverage keeps naming, gets
    more days than a two-day event, and a burst of coverage does not crowd out
    a later turning point that is named almost as often.
    """
    if not ranked:
        return 0
    reference = ranked[min(len(ranked), max(1, settings.auto_reference)) - 1].score
    bar = settings.auto_share * reference
    count = sum(1 for s in ranked if s.score >= bar and s.score > 0.0)
    return max(min(settings.auto_min, len(ranked)), min(count, settings.auto_max))
