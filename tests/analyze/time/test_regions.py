"""Scanning only the runs that can hold a rule's matches finds what a whole-text scan finds."""

from __future__ import annotations

import re

import pytest

from storyline.analyze.time import tagger
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


@pytest.mark.parametrize("text", TEXTS)
def test_every_rule_finds_what_the_whole_text_scan_finds(text: str) -> None:
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
