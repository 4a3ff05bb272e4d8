"""The shared month and weekday names: what the patterns built from them read."""

from __future__ import annotations

import datetime as dt
import re

from storyline.text.calendar_names import (
    FULL_MONTH_PATTERN,
    FULL_WEEKDAY_PATTERN,
    MONTH_NAMES,
    MONTH_PATTERN,
    WEEKDAY_NAMES,
    WEEKDAY_PATTERN,
)


def test_names_are_in_calendar_order() -> None:
    assert [dt.date(2031, n, 1).strftime("%B") for n in range(1, 13)] == list(MONTH_NAMES)
    # 2031-03-03 is a Monday
    assert [dt.date(2031, 3, 3 + n).strftime("%A") for n in range(7)] == list(WEEKDAY_NAMES)


def test_month_pattern_reads_names_and_abbreviations() -> None:
    # as its readers use it, ended where the word ends
    found = re.findall(
        rf"{MONTH_PATTERN}(?!\w)", "Orla met on Sept. 2, Brun on June 4 and Tarn on Feb 9"
    )
    assert found == ["Sept.", "June", "Feb"]
    assert re.fullmatch(MONTH_PATTERN, "Marchy") is None


def test_full_month_pattern_reads_only_what_strptime_reads() -> None:
    assert re.fullmatch(FULL_MONTH_PATTERN, "September")
    assert re.fullmatch(FULL_MONTH_PATTERN, "Sept") is None
    m = re.search(rf"(?P<m>{FULL_MONTH_PATTERN}) (?P<d>\d+)", "the Brun fair of August 6")
    assert m is not None
    assert dt.datetime.strptime(f"2031 {m['m']} {m['d']}", "%Y %B %d").month == 8


def test_weekday_patterns() -> None:
    text = "Orla voted Tuesday, not Sunday or Tues. in Brun"
    assert re.findall(rf"{FULL_WEEKDAY_PATTERN}\b", text) == ["Tuesday", "Sunday"]
    assert re.findall(rf"{WEEKDAY_PATTERN}(?!\w)", text) == ["Tuesday", "Sunday", "Tues."]
