"""What a caller can ask of a timeline, validated once so every stage can trust it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["TimelineOptions"]


@dataclass(frozen=True, slots=True)
class TimelineOptions:
    """Options of `build_timeline`.

    max_dates: how many days to keep (None: the days that stand out, `dates.auto_limit`).
    sentences_per_date: sentences chosen for each day.
    start / end: inclusive day range; days outside are never chosen.
    keywords: favour articles and sentences about these (see `KeywordMatcher`).
    lead: opening sentences of an article that stand for its publication day.
    newest: keep the newest `max_dates` days that have news rather than the days that stand
    out most: a brief's latest developments, where a reader skipping from yesterday back to
    the first day would miss the days between.
    """

    max_dates: int | None = None
    sentences_per_date: int = 2
    start: dt.date | None = None
    end: dt.date | None = None
    keywords: tuple[str, ...] = ()
    lead: int = 5
    newest: bool = False

    def __post_init__(self) -> None:
        if self.max_dates is not None and self.max_dates < 1:
            raise ValueError(f"max_dates must be at least 1, got {self.max_dates}")
        if self.sentences_per_date < 1:
            raise ValueError(
                f"sentences_per_date must be at least 1, got {self.sentences_per_date}"
            )
        if self.lead < 0:
            raise ValueError(f"lead must not be negative, got {self.lead}")
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")

    def in_range(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)
