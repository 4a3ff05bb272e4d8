"""Calendar arithmetic on TIMEX3 values ("1989-Q3" minus one year is "1988-Q3").

Anaphoric expressions ("a year earlier", "the next day") keep the granularity of
the date they are anchored on, as TimeML annotators do, so a value is parsed
into a representative day plus its granularity, shifted, and formatted back.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["SEASON_MONTH", "Point", "add_units", "calendar_date", "iso_week", "parse_point"]

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
"""The month that stands for a season (winter by its January)."""
_MONTH_SEASON = {
    1: "WI",
    2: "WI",
    3: "SP",
    4: "SP",
    5: "SP",
    6: "SU",
    7: "SU",
    8: "SU",
    9: "FA",
    10: "FA",
    11: "FA",
    12: "WI",
}
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)
_CALENDAR_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?(?=T|$)")
# Finest first: used to decide whether an anchor is precise enough for a unit.
GRAN_ORDER = "DWMSQHYEC"


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar unit: a representative day and the granularity it is meant at."""

    day: dt.date
    gran: str  # D day, W week, M month, S season, Q quarter, H half, Y year, E decade, C century

    def format(self) -> str:
        d, g = self.day, self.gran
        if g == "D":
            return d.isoformat()
        if g == "W":
            return iso_week(d)
        if g == "M":
            return f"{d.year:04d}-{d.month:02d}"
        if g == "S":
            year = d.year - 1 if d.month in (1, 2) else d.year
            return f"{year:04d}-{_MONTH_SEASON[d.month]}"
        if g == "Q":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if g == "H":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if g == "E":
            return f"{d.year:04d}"[:3]
        if g == "C":
            return f"{d.year:04d}"[:2]
        return f"{d.year:04d}"

    def finer_or_equal(self, gran: str) -> bool:
        return GRAN_ORDER.index(self.gran) <= GRAN_ORDER.index(gran)

    def at(self, gran: str) -> Point:
        return Point(self.day, gran)

    def shift(self, n: int, unit: str) -> Point | None:
        day = add_units(self.day, n, unit)
        return None if day is None else Point(day, self.gran)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_units(day: dt.date, n: int, unit: str) -> dt.date | None:
    """`day` moved by n units (D, W, M, Q, S, H, Y, E, C); None when out of the calendar."""
    try:
        if unit == "D":
            return day + dt.timedelta(days=n)
        if unit == "W":
            return day + dt.timedelta(weeks=n)
        months = {"M": 1, "S": 3, "Q": 3, "H": 6, "Y": 12, "E": 120, "C": 1200}[unit] * n
    except (OverflowError, KeyError):
        return None
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        return None
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def parse_point(value: str | None) -> Point | None:
    """The calendar unit a fully specified TIMEX3 date value denotes (None for X or REF values)."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    try:
        year = int(m["y"])
        if m["d"]:
            return Point(dt.date(year, int(m["m"]), int(m["d"])), "D")
        if m["m"]:
            return Point(dt.date(year, int(m["m"]), 1), "M")
        if m["w"]:
            return Point(dt.date.fromisocalendar(year, int(m["w"]), 1), "W")
        if m["q"]:
            return Point(dt.date(year, 3 * int(m["q"]) - 2, 1), "Q")
        if m["h"]:
            return Point(dt.date(year, 1 if m["h"] == "1" else 7, 1), "H")
        if m["s"]:
            return Point(dt.date(year, SEASON_MONTH[m["s"]], 1), "S")
        return Point(dt.date(year, 1, 1), "Y") if year else None
    except ValueError:
        return None


def calendar_date(value: str) -> str | None:
    """The year, month or day a TIMEX3 value names ("2009-03-12T10:00" -> "2009-03-12").

    None for weeks, quarters, seasons, durations and PAST_REF-like values: what
    a sentence or a figure can be dated by.
    """
    m = _CALENDAR_DATE.match(value)
    return m.group(0) if m else None
