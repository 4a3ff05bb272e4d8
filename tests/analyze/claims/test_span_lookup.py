"""The claim stage's span lookups give what a scan of every span in order gave."""

from __future__ import annotations

import random

from storyline.analyze.claims.stage import _Spans

SPANS = [(5, 9), (0, 30), (12, 12), (12, 15), (7, 8), (40, 41), (3, 5), (14, 60)]
"""Written to overlap, nest, touch and be empty, in no order."""


def test_lookups_match_a_scan_in_original_order() -> None:
    spans = _Spans(SPANS, SPANS)
    for pos in range(-2, 65):
        assert spans.containing(pos) == [s for s in SPANS if s[0] <= pos < s[1]]
        for hi in range(pos, pos + 12):
            assert spans.starting_in(pos, hi) == [s for s in SPANS if pos <= s[0] < hi]
            assert spans.overlapping(pos, hi) == [s for s in SPANS if s[0] < hi and pos < s[1]]


def test_lookups_match_a_scan_on_many_random_spans() -> None:
    rng = random.Random(7)
    found = []
    for _ in range(300):
        start = rng.randrange(0, 500)
        found.append((start, start + rng.choice([0, 1, 3, 20, 90])))
    spans = _Spans(found, found)
    for pos in range(0, 600, 7):
        assert spans.containing(pos) == [s for s in found if s[0] <= pos < s[1]]
        assert spans.starting_in(pos, pos + 40) == [s for s in found if pos <= s[0] < pos + 40]


def test_no_spans() -> None:
    spans: _Spans[tuple[int, int]] = _Spans([], [])
    assert spans.containing(3) == [] and spans.starting_in(0, 9) == []
