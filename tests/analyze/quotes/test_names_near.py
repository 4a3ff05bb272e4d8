"""The names handed to a source's rules: every one touching the stretch, in the article's order."""

from __future__ import annotations

from storyline.analyze.quotes.names_near import NEAR_CHARS, NamesNear
from storyline.model import EntityMention


def _mention(start: int, end: int) -> EntityMention:
    return EntityMention(text="x" * (end - start), label="PERSON", start=start, end=end)


def test_names_near_a_stretch_and_none_far_from_it() -> None:
    reach = NEAR_CHARS + 2 * 10
    near_before = _mention(1000 - reach - 5, 1000 - reach + 5)  # ends inside the reach
    inside = _mention(1010, 1020)
    far_before = _mention(1000 - reach - 40, 1000 - reach - 30)
    far_after = _mention(1050 + reach + 1, 1050 + reach + 11)
    near_after = _mention(1050 + reach - 10, 1050 + reach)
    # the article's order kept, whatever the order of starts
    names = NamesNear([inside, far_after, near_before, far_before, near_after])
    assert names.around(1000, 1050) == [inside, near_before, near_after]


def test_no_names() -> None:
    assert NamesNear([]).around(0, 10) == []
