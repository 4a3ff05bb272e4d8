"""Offsets and spans looked up by bisection instead of walked one by one.

A rule that asks, for every sentence or quotation of a page, which of the page's spans
hold an offset (`any(a < pos < b for a, b in spans)`) or which cues stand in a stretch
(`[f for f in found if lo <= f.cue_start < hi]`) walks them all each time: on a
70,000-word page with thousands of each that grows with the square of the page. These
build one sorted index per page and answer each question by bisection, the same answer
as the walk, in the same order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

__all__ = ["OffsetIndex", "holding", "strictly_inside"]

T = TypeVar("T")


def strictly_inside(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset `pos` has `a < pos < b` for some span (a, b) of `spans`,
    nested or overlapping spans included."""
    ordered = sorted(spans)
    starts = [a for a, _b in ordered]
    furthest = list(accumulate((b for _a, b in ordered), max))

    def inside(pos: int) -> bool:
        i = bisect_left(starts, pos)  # the spans starting before pos: ordered[:i]
        return i > 0 and furthest[i - 1] > pos

    return inside


def holding(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset `pos` has `a <= pos < b` for some span (a, b) of `spans`
    (a span holds its first character, not its end), nested or overlapping spans included."""
    ordered = sorted(spans)
    starts = [a for a, _b in ordered]
    furthest = list(accumulate((b for _a, b in ordered), max))

    def held(pos: int) -> bool:
        i = bisect_right(starts, pos)  # the spans starting at or before pos: ordered[:i]
        return i > 0 and furthest[i - 1] > pos

    return held


class OffsetIndex(Generic[T]):
    """Items of a sequence by an offset each has (a cue's start), for the items whose
    offset lies in a stretch, in the sequence's own order."""

    def __init__(self, items: Sequence[T], offset: Callable[[T], int]) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: offset(items[i]))
        self._offsets = [offset(items[i]) for i in self._order]

    def within(self, lo: int, hi: int) -> list[T]:
        """The items with `lo <= offset < hi`, in the sequence's order."""
        a, b = bisect_left(self._offsets, lo), bisect_left(self._offsets, hi)
        return [self._items[i] for i in sorted(self._order[a:b])]
