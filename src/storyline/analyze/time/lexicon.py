"""Generic English calendar vocabulary and the number words durations are written with.

Everything here is general news/calendar knowledge (month and weekday names,
seasons, parts of the day, fixed holidays); nothing is taken from a corpus.
"""

from __future__ import annotations

import re

from storyline.text.calendar_names import MONTH_NAMES, WEEKDAY_NAMES

__all__ = [
    "DAY_PARTS",
    "MONTHS",
    "NUMBER_RE",
    "SEASONS",
    "UNITS",
    "WEEKDAYS",
    "alternation",
    "parse_number",
]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate((name.lower() for name in MONTH_NAMES), 1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS.update({"sept": 9, "sep": 9})

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate((name.lower() for name in WEEKDAY_NAMES), 1):
    WEEKDAYS[_name] = _i
WEEKDAYS.update({"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thurs": 4, "fri": 5})

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Part of day -> TIMEX3 code (TMO, TAF, TEV, TNI) or a clock time.
DAY_PARTS: dict[str, str] = {
    "morning": "TMO",
    "afternoon": "TAF",
    "evening": "TEV",
    "night": "TNI",
    "overnight": "TNI",
    "tonight": "TNI",
    "noon": "T12:00",
    "midday": "T12:00",
    "midnight": "T24:00",
}

# Unit word -> (TIMEX3 unit letter, whether it is a time-of-day unit, multiplier into that unit).
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1),
    "minute": ("M", True, 1),
    "hour": ("H", True, 1),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "week": ("W", False, 1),
    "weekend": ("D", False, 2),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("Q", False, 1),
    "year": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
    "centurie": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
}

_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_VAGUE = ("a few", "few", "several", "some", "many", "a number of", "a couple of", "couple of")


def alternation(words: object) -> str:
    """A regex alternation of words, longest first so "sept" wins over "sep"."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


_WORD_NUM = (
    rf"(?:(?:{alternation(_TENS)})(?:[- ](?:{alternation(k for k in _ONES if 0 < _ONES[k] < 10)}))?"
    rf"|{alternation(_ONES)})"
)
NUMBER_RE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2)?|"
    rf"{_WORD_NUM}(?:[- ](?:hundred|thousand))?(?:\s+and\s+a\s+half)?"
    rf"|an?\s+(?:hundred|thousand)|an?|{alternation(_VAGUE)}|dozens\s+of|hundreds\s+of)"
)
"""A count as written in news: digits, words, "a", "a couple of", "several", "2 1/2"."""


def parse_number(text: str) -> float | None:
    """The value of a NUMBER_RE match, or None when vague ("several", "a few")."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in ("a", "an"):
        return 1.0
    if t in ("a couple of", "couple of"):
        return 2.0
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith(" 1/2"):
        t, half = t[:-4], 0.5
    try:
        return float(t.replace(",", "")) + half
    except ValueError:
        pass
    total = 0.0
    current = 0.0
    for word in t.split():
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in ("a", "an"):
            current = 1.0
        elif word == "hundred":
            current = max(current, 1.0) * 100
        elif word == "thousand":
            total += max(current, 1.0) * 1000
            current = 0.0
        else:
            return None
    value = total + current
    return value + half if value else None
