"""Scanning only the runs that can hold a rule's matches finds what a whole-text scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.analyze.time import regions, tagger
from storyline.analyze.time.regions import RegionScanner, barrier_pattern

TEXTS = [
    "Talks resumed on Friday, May 3, 2024, three years after the 2021 deal; "
    'a week later, on 5/6/2024, they stopped.\n\nBy mid-2023 "the quarter" ended.',
    "zzz 10:30 q2 2019 nineteen ninety-eight yesterday (two weeks ago) the 1990s; "
    "every monday since the spring, daily",
    "a decade ago\nthe 3rd of june 2001, sunday morning, 2 a.m. gmt, next year's q4",
    "",
    "no dates in here at all, just quiz and jazz",
]


def _whole(priority: int, lowered: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in tagger._LOWER_RULES[priority].finditer(lowered)]


@pytest.mark.parametrize("dense", [0, regions._DENSE])
@pytest.mark.parametrize("text", TEXTS)
def test_every_rule_finds_what_the_whole_text_scan_finds(
    text: str, dense: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regions, "_DENSE", dense)  # 0: runs scanned however dense the words
    lowered = tagger._Lowered(text.lower())
    for priority, scanner in enumerate(tagger._SCANNERS):
        found = scanner.matches(lowered.text, lowered.reversed, lowered.occurrences)
        assert [(m.start(), m.end()) for m in found] == _whole(priority, lowered.text)


def test_a_match_ends_at_a_character_its_pattern_cannot_read() -> None:
    scanner = RegionScanner(re.compile(r"\b\d+\s+years?\s+ago\b"), {"year"})
    assert scanner.barrier is not None
    text = "it was 3 years ago; 4 years ago\nor 5 years ago, and 6 years"
    hits = scanner.matches(text, text[::-1], {})
    assert [m.group(0) for m in hits] == ["3 years ago", "4 years ago", "5 years ago"]


def test_a_lookahead_past_the_run_still_sees_the_barrier() -> None:
    # "(?!;)" reads the ";" that ends the run: the bounded scan must still refuse it
    scanner = RegionScanner(re.compile(r"\b\d+ years(?![;x])"), {"year"})
    text = "2 years; 3 years, 4 yearsx"
    assert [m.group(0) for m in scanner.matches(text, text[::-1], {})] == ["3 years"]


def test_patterns_the_argument_does_not_cover_are_scanned_whole() -> None:
    assert barrier_pattern(re.compile(r"years$")) is None  # the end of the string
    assert barrier_pattern(re.compile(r"(a)\1 years")) is None  # a back-reference
    assert barrier_pattern(re.compile(r"(?:years)?")) is None  # may match nothing
    assert barrier_pattern(re.compile(r"(?s:.)years")) is None  # flags changed inside
    text = "two years"
    scanner = RegionScanner(re.compile(r"years$"), {"year"})
    assert [m.group(0) for m in scanner.matches(text, text[::-1], {})] == ["years"]


def test_the_barrier_is_any_character_the_pattern_cannot_consume() -> None:
    barrier = barrier_pattern(re.compile(r"\b[0-9]+ (?:day|week)s?\b"))
    assert barrier is not None
    assert [ch for ch in "0 dayswk;z\n" if barrier.fullmatch(ch)] == [";", "z", "\n"]
    anything = barrier_pattern(re.compile(r"\d+.days"))  # "." reads all but a line break
    assert anything is not None and anything.fullmatch("\n") and not anything.fullmatch(";")


_PIECES = [
    " ",
    "  ",
    "\n",
    ", ",
    ".",
    "-",
    "'",
    '"',
    ";",
    ":",
    "/",
    "z",
    "q",
    "x",
    "é",
    "may",
    "3",
    "2024",
    "1990s",
    "'90s",
    "the",
    "years",
    "ago",
    "last",
    "next",
    "week",
    "monday",
    "today",
    "a.m.",
    "pm",
    "10:30",
    "gmt",
    "q2",
    "quarter",
    "spring",
    "summer",
    "mid-",
    "early",
    "every",
    "day",
    "daily",
    "two",
    "three",
    "earlier",
    "later",
    "of",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_mix_of_date_words_and_barriers_scans_alike(pieces: list[str]) -> None:
    lowered = tagger._Lowered("".join(pieces))
    dense = regions._DENSE
    regions._DENSE = 0  # short texts are dense in words: scan their runs all the same
    try:
        for priority, scanner in enumerate(tagger._SCANNERS):
            found = scanner.matches(lowered.text, lowered.reversed, lowered.occurrences)
            assert [(m.start(), m.end()) for m in found] == _whole(priority, lowered.text)
    finally:
        regions._DENSE = dense
