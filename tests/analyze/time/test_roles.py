"""Which dates a sentence names as a bound, a comparison or a deadline (roles.py)."""

from __future__ import annotations

import pytest

from storyline.analyze.time.roles import comparison_start, is_reference_point


def _check(sentence: str, expression: str) -> bool:
    start = sentence.index(expression)
    return is_reference_point(sentence, start, start + len(expression))


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The index closed at its lowest level since April 1997.", "April 1997"),
        ("GM posts its first annual loss since 1992.", "1992"),
        ("Markets had their best week since November.", "November"),
        ("Sales fell 42% from a year earlier.", "a year earlier"),
        ("Its share rose to 17%, up from 14% a year ago.", "a year ago"),
        ("Exports were up 3 percent from March 12.", "March 12"),
        ("Sales rose 43% compared with the same period last year.", "the same period last year"),
        ("Output was higher than in 2008.", "2008"),
        ("GM is seeking to cut 31,500 jobs by 2012.", "2012"),
        ("Profit was $4 billion, up from $3.2 billion in 2008.", "2008"),
        ("There were 41 cases on Tuesday, up from 23 cases and three deaths on Sunday.", "Sunday"),
        ("Unemployment hit 9%, compared with 5 percent in May 2008.", "May 2008"),
        ("It was the first visit by a minister since the floods began on Sunday.", "Sunday"),
        ("Turnout was the lowest since the party split in 1998.", "1998"),
    ],
)
def test_bounds_comparisons_and_deadlines(sentence: str, expression: str) -> None:
    assert _check(sentence, expression)


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("He has been fighting cancer since 2004.", "2004"),  # a state that began then
        ("The plant will run from 2009 to 2011.", "2009"),  # a range keeps its start
        ("Roofs were torn off by Monday's storm.", "Monday"),  # the storm's day
        ("Profit improved from 2008, when the company lost $15 billion.", "2008"),
        ("Troops withdrew from Gaza on Monday.", "Monday"),
        ("The talks ended on Friday.", "Friday"),
        ("Sales fell by 5% last year.", "last year"),  # "by" a quantity is no deadline
        ("Prices rose from 5% in 2008 to 7% in 2009.", "2008"),
        ("She has lived there since the mill closed in 1998.", "1998"),  # a state's start
    ],
)
def test_event_dates_are_not_reference_points(sentence: str, expression: str) -> None:
    assert not _check(sentence, expression)


def test_a_comparison_starts_at_its_cue() -> None:
    text = "Its share rose to 17%, up from 14% a year ago."
    start = text.index("a year ago")
    assert comparison_start(text, start, start + len("a year ago")) == text.index("from")
    deadline = "GM will cut 31,500 jobs by 2012."
    at = deadline.index("2012")
    assert comparison_start(deadline, at, at + 4) is None
