"""Time buckets and nodes of the story index: where a story sits, what a search reads."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np

from storyline.corpus.stories import UsearchCentroidIndex
from storyline.corpus.stories.buckets import (
    BUCKET_DAYS,
    LONG_SPAN_BUCKETS,
    UNDATED,
    UNDATED_REACH_BUCKETS,
    bucket_of,
    buckets_near,
    buckets_of,
    node_span,
    nodes_of,
    nodes_over,
    undated_reach,
)


def _day(bucket: int, offset: int = 0) -> str:
    """A date inside `bucket` (offset: days into it)."""
    return dt.date.fromordinal(bucket * BUCKET_DAYS + offset).isoformat()


def _covered(nodes: list[tuple[int, int]]) -> list[int]:
    return sorted(b for n in nodes for b in range(node_span(n)[0], node_span(n)[1] + 1))


def test_a_short_story_sits_in_each_bucket_of_its_span() -> None:
    assert nodes_of("2024-01-05", "2024-03-20") == [
        (0, b) for b in buckets_of("2024-01-05", "2024-03-20")
    ]
    first = bucket_of("2020-01-01")
    last = first + LONG_SPAN_BUCKETS - 1
    assert nodes_of(_day(first), _day(last)) == [(0, b) for b in range(first, last + 1)]
    assert nodes_of(None, None) == [(0, UNDATED)] == [(0, b) for b in buckets_of(None, None)]


def test_a_long_story_sits_in_few_nodes_that_tile_its_span_exactly() -> None:
    rng = random.Random(7)
    for _ in range(300):
        first = rng.randrange(23_000, 25_000)
        span = rng.randrange(LONG_SPAN_BUCKETS + 1, 1_600)
        nodes = nodes_of(_day(first, 3), _day(first + span - 1, 29))
        assert _covered(nodes) == list(range(first, first + span))  # no gap, no overlap
        assert len(nodes) <= 2 * math.log2(span)
    # the bench's decades-long story: ~230 buckets in at most 12 nodes, wherever it starts
    assert max(len(nodes_of(_day(f), _day(f + 229))) for f in range(24_000, 26_048)) <= 12


def test_a_span_given_backwards_is_the_same_span() -> None:
    assert nodes_of("2024-05-01", "2021-01-01") == nodes_of("2021-01-01", "2024-05-01")


def test_nodes_over_are_those_sharing_a_bucket() -> None:
    levels = [0, 1, 3]
    got = nodes_over(16, 18, levels)
    want = [
        (lv, n)
        for lv in levels
        for n in range(0, 100)
        if set(range(16, 19)) & set(_covered([(lv, n)]))
    ]
    assert sorted(got) == sorted(want)


def test_undated_reach_never_goes_past_today() -> None:
    today = dt.date(2025, 6, 1)
    now = bucket_of(today)
    assert undated_reach(None, today) is None
    assert undated_reach(now - 40, today) == (now - 40 - UNDATED_REACH_BUCKETS, now - 40)
    # a story dated a year ahead (plausible, but wrong) does not move the reach
    assert undated_reach(now + 12, today) == (now - UNDATED_REACH_BUCKETS, now)
    assert buckets_near(None, 30) is None


def test_a_dated_search_finds_exactly_the_stories_whose_span_meets_its_window() -> None:
    """Short and long stories, dated and not: with room for all of them, a dated search
    returns every story one of whose buckets lies in the window, and no other."""
    rng = random.Random(3)
    index = UsearchCentroidIndex(4)
    v = np.array([1, 0, 0, 0], dtype=np.float32)
    spans: dict[int, tuple[int, int] | None] = {}
    base = bucket_of("2010-01-01")
    for key in range(60):
        if key % 10 == 0:
            index.upsert(key, v, None, None)
            spans[key] = None
            continue
        first = base + rng.randrange(0, 150)
        span = rng.choice([1, 2, 5, LONG_SPAN_BUCKETS, LONG_SPAN_BUCKETS + 1, 40, 100, 230])
        index.upsert(key, v, _day(first, 1), _day(first + span - 1, 2))
        spans[key] = (first, first + span - 1)
    for _ in range(40):
        date = dt.date.fromordinal((base + rng.randrange(-10, 400)) * BUCKET_DAYS + 15)
        low, high = buckets_near(date, 30) or (0, 0)
        want = {k for k, s in spans.items() if s is None or (s[0] <= high and s[1] >= low)}
        assert {k for k, _ in index.search(v, 100, date, 30)} == want


def test_reindexing_a_long_story_does_not_grow_with_its_span() -> None:
    """Each article joining a story re-indexes it: a story spanning decades is added to
    at most 2 * log2(span) indexes, not one per bucket; it is still found late."""
    index = UsearchCentroidIndex(4)
    v = np.array([0, 0, 1, 0], dtype=np.float32)
    index.upsert(5, v, "1990-01-01", "2024-12-31")
    span = len(buckets_of("1990-01-01", "2024-12-31"))
    assert span > 400 and len(index._where[5]) <= 2 * math.log2(span)
    for when in ("1990-01-10", "2003-07-01", "2024-12-20"):
        assert [k for k, _ in index.search(v, 5, dt.date.fromisoformat(when), 0)] == [5]
    assert index.search(v, 5, dt.date(1989, 6, 1), 0) == []
    index.upsert(5, v, "2024-01-01", "2024-12-31")  # its span shrank (a recluster)
    assert index.search(v, 5, dt.date(2003, 7, 1), 0) == []
    index.remove(5)
    assert index.search(v, 5, dt.date(2024, 6, 1), 0) == [] and len(index) == 0


def test_an_undated_search_reaches_a_long_story_through_its_nodes() -> None:
    index = UsearchCentroidIndex(4)
    v = np.array([0, 1, 0, 0], dtype=np.float32)
    index.upsert(1, v, "2000-01-01", "2023-05-01")  # long, ending in the newest bucket
    index.upsert(2, v, "2023-05-01", "2023-05-01")
    index.upsert(3, v, "2001-01-01", "2001-02-01")  # short and old: out of reach
    index.upsert(4, v, "1995-01-01", "2019-01-01")  # long, ended too long ago
    assert {k for k, _ in index.search(v, 10, None, 0)} == {1, 2}
