"""The time buckets of the story index: which ones a story sits in, which ones a search reads.

Time is cut into buckets of `BUCKET_DAYS` days (numbered from the proleptic
Gregorian ordinal), undated stories having a bucket of their own (`UNDATED`). The
index keeps one nearest-neighbour index per *node*; a node is a bucket
(level 0) or, at level k, the 2**k buckets `number * 2**k .. (number + 1) * 2**k - 1`.

A story spanning at most `LONG_SPAN_BUCKETS` buckets (about two years) sits in each
bucket its span touches, at level 0. A longer one sits in the few nodes that exactly
tile its span (`nodes_of`: at most two per level, so at most 2 * log2(span) of them:
a 230-bucket story sits in 11 nodes rather than 230 buckets, a 54-year one in at most
20), so re-indexing it after each article it gains does not cost more as it grows
older. Since the nodes of a span tile it exactly, a search reading every node that
overlaps its buckets (`nodes_over`) finds a long story exactly when one of the
buckets it reads lies in the story's span, as a short story is found.

Both backends' indexes take their rules from here (`buckets_near`, `undated_reach`),
so they answer alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

__all__ = [
    "BUCKET_DAYS",
    "LONG_SPAN_BUCKETS",
    "UNDATED",
    "UNDATED_REACH_BUCKETS",
    "Node",
    "bucket_of",
    "buckets_near",
    "buckets_of",
    "node_span",
    "nodes_of",
    "nodes_over",
    "undated_reach",
]

BUCKET_DAYS = 30
UNDATED = -1
UNDATED_REACH_BUCKETS = 12
"""How many dated buckets before the newest one an undated search also reads."""
LONG_SPAN_BUCKETS = 24
"""A story spanning more buckets than this sits in the nodes tiling its span rather
than in each bucket: re-indexing it costs at most 2 * log2(span) index adds instead
of one a bucket. 24 buckets (about two years, the length of a long real story) keep
every story of that length or shorter exactly where it was before nodes existed."""

Node = tuple[int, int]
"""(level, number): level 0 is a bucket (or UNDATED); level k spans 2**k buckets."""


def bucket_of(day: str | dt.date | None) -> int:
    """The time bucket of a date (UNDATED for None)."""
    if day is None:
        return UNDATED
    date = day if isinstance(day, dt.date) else dt.date.fromisoformat(day[:10])
    return date.toordinal() // BUCKET_DAYS


def buckets_of(start: str | None, end: str | None) -> list[int]:
    """Every bucket a story spanning [start, end] touches."""
    if start is None or end is None:
        return [UNDATED]
    return list(range(bucket_of(start), bucket_of(end) + 1))


def nodes_of(start: str | None, end: str | None) -> list[Node]:
    """The nodes a story spanning [start, end] sits in: each bucket of a span of at
    most `LONG_SPAN_BUCKETS` buckets (level 0, oldest first), else the fewest nodes
    tiling the span (the canonical cover of a segment tree, at most two a level)."""
    if start is None or end is None:
        return [(0, UNDATED)]
    low, high = bucket_of(start), bucket_of(end)
    if high < low:  # a span given backwards: the buckets between its two dates
        low, high = high, low
    if high - low + 1 <= LONG_SPAN_BUCKETS:
        return [(0, b) for b in range(low, high + 1)]
    nodes: list[Node] = []
    left, right, level = low, high + 1, 0  # the half-open [left, right) at this level
    while left < right:
        if left & 1:
            nodes.append((level, left))
            left += 1
        if right & 1:
            right -= 1
            nodes.append((level, right))
        left, right, level = left >> 1, right >> 1, level + 1
    return nodes


def node_span(node: Node) -> tuple[int, int]:
    """The first and last bucket a node covers."""
    level, number = node
    return number << level, ((number + 1) << level) - 1


def nodes_over(first: int, last: int, levels: Iterable[int]) -> list[Node]:
    """Every node of the given levels that overlaps the buckets first..last."""
    return [
        (level, number) for level in levels for number in range(first >> level, (last >> level) + 1)
    ]


def buckets_near(date: dt.date | None, window_days: int) -> tuple[int, int] | None:
    """The first and last dated bucket a search around `date` reads (None: an undated
    search, see `undated_reach`); the undated bucket is always read as well."""
    if date is None:
        return None
    low = bucket_of(date - dt.timedelta(days=window_days))
    return low, bucket_of(date + dt.timedelta(days=window_days))


def undated_reach(newest: int | None, today: dt.date | None = None) -> tuple[int, int] | None:
    """The first and last dated bucket an undated search reads, given the newest
    bucket holding a dated story (None: there is none, and there is nothing dated to
    read): the `UNDATED_REACH_BUCKETS` buckets before it and itself, but never past
    today's bucket. A story dated in the future (a wrong date a year ahead still passes
    as plausible) would otherwise move the whole reach forward, away from the current
    news an undated article most likely belongs to."""
    if newest is None:
        return None
    newest = min(newest, bucket_of(today or dt.date.today()))
    return newest - UNDATED_REACH_BUCKETS, newest
