"""The span and offset indexes answer exactly what the walks they replace did."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from storyline.analyze.intervals import OffsetIndex, holding, strictly_inside


def _walk_inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


def test_strictly_inside_open_spans_only() -> None:
    inside = strictly_inside([(10, 20), (40, 45)])
    assert [p for p in range(0, 50) if inside(p)] == [*range(11, 20), *range(41, 45)]


def test_strictly_inside_nested_and_overlapping_spans() -> None:
    # a long span holding a short one, and two crossing: the furthest end decides
    spans = [(30, 32), (5, 100), (60, 70), (65, 80)]
    inside = strictly_inside(spans)
    for pos in range(-2, 110):
        assert inside(pos) == _walk_inside(spans, pos), pos


def test_strictly_inside_no_spans() -> None:
    assert not strictly_inside([])(5)


def test_offset_index_keeps_the_sequence_order() -> None:
    cues = [("said", 50), ("told", 10), ("added", 30), ("wrote", 30), ("noted", 90)]
    index = OffsetIndex(cues, lambda c: c[1])
    assert index.within(10, 50) == [("told", 10), ("added", 30), ("wrote", 30)]
    assert index.within(31, 50) == []
    assert index.within(0, 1000) == cues


def test_offset_index_as_the_walk_on_random_items() -> None:
    rng = random.Random(7)
    for _ in range(200):
        items = [(i, rng.randint(0, 60)) for i in range(rng.randint(0, 12))]
        index = OffsetIndex(items, lambda it: it[1])
        lo = rng.randint(-5, 65)
        hi = lo + rng.randint(0, 30)
        assert index.within(lo, hi) == [it for it in items if lo <= it[1] < hi]


def _walk_holding(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def test_holding_takes_the_first_character_not_the_end() -> None:
    held = holding([(10, 20), (15, 17), (30, 30)])
    assert [p for p in range(0, 40) if held(p)] == list(range(10, 20))


@pytest.mark.parametrize(
    ("index", "walk"), [(strictly_inside, _walk_inside), (holding, _walk_holding)]
)
def test_span_tests_as_the_walk_on_random_spans(
    index: Callable[[list[tuple[int, int]]], Callable[[int], bool]],
    walk: Callable[[list[tuple[int, int]], int], bool],
) -> None:
    rng = random.Random(48)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 15)) for a in (rng.randint(0, 80) for _ in range(6))]
        test = index(spans)
        for pos in range(-1, 100):
            assert test(pos) == walk(spans, pos)
