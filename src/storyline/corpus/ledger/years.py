"""Which written numbers are years: a date expression, not a figure, a clock time or a title.

The time tagger reads any four-digit number from 1800 to 2099 as a year. For
the ledger (a count in a sentence dated years back reports history) and for
anachronism flags (a year presented as ahead) only real date expressions
count. A number written with other date words ("May 2009", "the 2005
blast" where the tagger's span holds more than the digits) is a date. A
bare number is a year only when a word that introduces a time stands right
before it ("in 2005", "since 1997", "the 2005 ..."), and never when it is a
clock time ("1945 :" in a live page, "19:45"), a quantity ("roughly 2000
more dilute", "some 2000 people") or inside quotation marks (a title, or the
words of someone quoted, which the article does not present as its own).
"""

from __future__ import annotations

import re
from itertools import pairwise

from storyline.model import Timex
from storyline.text.calendar_names import MONTH_ABBREVIATIONS, MONTH_NAMES

__all__ = ["heading_year", "in_quotation", "written_year"]

_DIGITS_ONLY = re.compile(r"^\s*\d{4}\s*$")
_TIME_WORDS = frozenset(
    {
        "in", "since", "by", "until", "till", "before", "after", "during", "from", "to",
        "of", "the", "'s", "early", "late", "mid", "year", "summer", "spring", "autumn",
        "fall", "winter", "circa", "around", "through", "between", "and", "a",
        *(month.lower() for month in (*MONTH_NAMES, *MONTH_ABBREVIATIONS)),
    }
)  # fmt: skip
"""Words that put a bare four-digit number in time ("in 2005", "the 2005 blast")."""
_QUANTITY_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|times|percent|per\b|%|people|persons|men|women|children|"
    r"troops|soldiers)",
    re.IGNORECASE,
)
"""What follows a number that counts ("2000 more dilute", "1500 people", "2000 troops")."""
_WORD_BEFORE = re.compile(r"([A-Za-z']+)\W*$")
_QUOTE_OPEN = re.compile(r"``|\u201c|(?<![A-Za-z])\"(?=\S)")
_QUOTE_CLOSE = re.compile(r"''|\u201d|(?<=\S)\"(?![A-Za-z])")


_MARKER = re.compile(r"(?<![\d:.,])(\d{4})\s?:(?!\d)")
"""A four-digit number heading an entry ("1945 : ..."): a live page's clock time or a
history box's year."""
_LIVE_GAP = 180
"""Minutes: a live page's entries follow each other within hours."""


def _minutes(digits: str) -> int | None:
    """The number read as a time of day in minutes, None when it cannot be one (19:68)."""
    hours, minutes = int(digits[:2]), int(digits[2:])
    return hours * 60 + minutes if hours < 24 and minutes < 60 else None


def _markers_are_clock_times(text: str) -> bool:
    """Whether the page's entry headings ("2155 :", "2200 :") read as a live page's clock
    times. A history box ("1918 : ...", "1957 : ...", "1968 : ...") holds headings that
    cannot be times of day (19:68) or lie decades, not minutes, apart: every heading of the
    page must be a time of day, each within `_LIVE_GAP` minutes of the one before."""
    times = [_minutes(m.group(1)) for m in _MARKER.finditer(text)]
    if any(t is None for t in times):
        return False
    clock = [t for t in times if t is not None]
    return all(abs(b - a) <= _LIVE_GAP for a, b in pairwise(clock))


def _clock_time(text: str, start: int, end: int) -> bool:
    """ "1945 :" or "19:45": the number is a time of day. An entry heading ("1945 :") is
    one only when the page's headings read as clock times (`_markers_are_clock_times`)."""
    after = text[end : end + 3].lstrip(" ")
    before = text[max(0, start - 2) : start].rstrip(" ")
    if before.endswith(":"):
        return True
    return after.startswith(":") and _markers_are_clock_times(text)


def in_quotation(text: str, start: int, sentence_start: int) -> bool:
    """Whether `start` lies between quotation marks opened earlier in its sentence."""
    part = text[sentence_start:start]
    return len(_QUOTE_OPEN.findall(part)) > len(_QUOTE_CLOSE.findall(part))


def written_year(text: str, timex: Timex, sentence_start: int = 0) -> bool:
    """Whether a DATE timex is a year the text writes as a date (see the module doc)."""
    if timex.type != "DATE" or not timex.value[:4].isdigit():
        return False
    span = text[timex.start : timex.end]
    if in_quotation(text, timex.start, sentence_start):
        return False
    if not _DIGITS_ONLY.match(span):
        return True  # more than the digits: "May 2009", "the 2005 season"
    if _clock_time(text, timex.start, timex.end):
        return False
    if _MARKER.match(text, timex.start):
        return True  # an entry heading that is no clock time: "1918 : The pandemic ..."
    if _QUANTITY_AFTER.match(text, timex.end):
        return False
    m = _WORD_BEFORE.search(text, max(sentence_start, timex.start - 30), timex.start)
    return m is not None and m.group(1).lower() in _TIME_WORDS


def heading_year(text: str, pos: int, floor: int) -> int | None:
    """The year of the entry heading whose entry holds `pos` ("1918 : The pandemic remains
    the worst. Caused by ..., more than 50 million people died"), looked for from `floor` (the
    caller's window: the sentence before) up to `pos`; None without one, or when the page's
    headings are clock times. A history box's entry runs from its heading to the next one."""
    found = [m for m in _MARKER.finditer(text, floor, pos) if m.end() <= pos]
    if not found or _markers_are_clock_times(text):
        return None
    return int(found[-1].group(1))
