"""When an undated article was probably published: a date range and what it rests on.

Two sources of evidence: the article's story (it reports the same
development, so it was written while the story ran: from the story's first
day to a little after its last) and the article's own dates written out with
a year (it was written after the latest date it reports as past). When both
agree the range is their overlap ("story and own dates"); when the own dates
lie years away (an anachronism), the story wins and the basis says so; an
article alone in its story has only its own dates.
"""

from __future__ import annotations

import datetime as dt

from storyline.corpus.flags.anachronism import STORY_GAP_DAYS, DatedSentence
from storyline.model import DateEstimate

__all__ = ["AFTER_STORY_DAYS", "OWN_DATES_WINDOW_DAYS", "PublishedEstimate", "estimate_published"]

AFTER_STORY_DAYS = 10
"""An undated member may have appeared this many days after the story's last dated article."""
OWN_DATES_WINDOW_DAYS = 365
"""With only its own dates: written within this many days after the latest of them."""


PublishedEstimate = DateEstimate
"""A range of publication days (ISO dates) and what it rests on (the model's record)."""


def _first_day(value: str) -> dt.date:
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 else 1
    day = int(value[8:10]) if len(value) >= 10 else 1
    return dt.date(year, month, day)


def estimate_published(
    dates: list[DatedSentence], span: tuple[dt.date, dt.date] | None
) -> PublishedEstimate | None:
    """The estimated publication range of an undated article, or None with no evidence."""
    latest = max((_first_day(d.value) for d in dates), default=None)
    if span is not None:
        start, end = span[0], span[1] + dt.timedelta(days=AFTER_STORY_DAYS)
        if latest is None:
            return PublishedEstimate(start.isoformat(), end.isoformat(), "story")
        if (start - latest).days >= STORY_GAP_DAYS or (latest - end).days >= STORY_GAP_DAYS:
            return PublishedEstimate(
                start.isoformat(), end.isoformat(), "story (its own dates lie years away)"
            )
        if start <= latest <= end:
            return PublishedEstimate(latest.isoformat(), end.isoformat(), "story and own dates")
        return PublishedEstimate(start.isoformat(), end.isoformat(), "story")
    if latest is None:
        return None
    end = latest + dt.timedelta(days=OWN_DATES_WINDOW_DAYS)
    return PublishedEstimate(latest.isoformat(), end.isoformat(), "own dates")
