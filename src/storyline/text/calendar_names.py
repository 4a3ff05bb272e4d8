"""The English names of the months and weekdays, once for every module that reads dates.

General calendar knowledge, nothing from a corpus. Below ingest/, analyze/ and corpus/,
so each of them can import it: the page furniture readers (ingest/headers.py), the time
tagger's lexicon (analyze/time/lexicon.py), the titles and the briefs' captions all name
a month with the same words. A module whose list means something else (words left out of
a vector, a tagger's ambiguous months) keeps its own.
"""

from __future__ import annotations

__all__ = [
    "FULL_MONTH_PATTERN",
    "FULL_WEEKDAY_PATTERN",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_PATTERN",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
    "WEEKDAY_PATTERN",
]

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""The months in calendar order (January is month 1)."""

MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
"""The short forms a month is written with ("Sept. 2"); May has none."""

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The days of the week, Monday first (ISO weekday 1)."""

WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
"""The short forms a weekday is written with in page headers ("Sun Feb 20, 2011")."""

FULL_MONTH_PATTERN = rf"(?:{'|'.join(MONTH_NAMES)})"
"""A month written out in full ("June"), as a regex: what `strptime`'s %B reads."""

MONTH_PATTERN = rf"(?:{'|'.join((*MONTH_NAMES, *MONTH_ABBREVIATIONS))})\.?"
"""A month's name or its abbreviation ("June", "Sept."), as a regex."""

FULL_WEEKDAY_PATTERN = rf"(?:{'|'.join(WEEKDAY_NAMES)})"
"""A weekday written out in full ("Tuesday"), as a regex."""

WEEKDAY_PATTERN = rf"(?:{'|'.join((*WEEKDAY_NAMES, *WEEKDAY_ABBREVIATIONS))})\.?"
"""A weekday's name or its abbreviation ("Tuesday", "Tues."), as a regex."""
