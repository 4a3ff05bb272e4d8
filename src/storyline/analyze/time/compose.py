"""Expressions built from two recognised ones: "the day before last Tuesday".

The rules propose "the day before" and "last Tuesday" separately; read
together they are one TIMEX3 (TimeML includes the offset phrase in the span
when it is anchored on an explicit date), valued one day off that date. In an
apposition ("Oct. 12, the day before the crash") "the day" restates the date
just named and "before" relates it to an event: the timex is "the day", that date.
A bare day number coordinated with a full date ("April 24 and 25") is a date
of the same month. "The quarter a year ago" is one period: the quarter of the
year before, the value "a year ago" already has. In "Monday and Tuesday
nights" the plural part of day makes both weekdays recurring (SETs). A clock time
followed by its day ("as of 1700 GMT on 14 March") is a time of that day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from storyline.analyze.time.lexicon import WEEKDAYS
from storyline.model import Timex

__all__ = ["add_coordinated_days", "merge_day_offsets", "share_set_parts", "times_on_days"]

_OFFSET = re.compile(r"(?i)(?:the\s+)?day\s+(?P<dir>before|after)$")
_DAY = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)(?P<rest>(?:T[A-Z0-9:]+)?)$")
_GAP = re.compile(r"\s+")
_APPOSITION = re.compile(r",\s+")
_PERIOD = re.compile(
    r"(?i)^the\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period|month|year)$"
)
_YEAR_BACK = re.compile(r"(?i)^an?\s+year\s+(?:ago|earlier)$")
_MONTH_DAY = re.compile(r"(?i)\b[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
_AND = re.compile(r"(?i)\s+(?:and|or|&)\s+")
_ON = re.compile(r"(?i)\s+(?:on\s+)?")
_CLOCK = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d|XXXX-XX-XX)(?P<clock>T\d.*)$")
_WEEKDAY_SET = re.compile(r"^XXXX-WXX-[1-7](?P<part>T[A-Z]{2})$")
_AND_DAY = re.compile(
    r"\s+(?:and|or|&)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d|\.\d|[a-zA-Z]))"
)


def merge_day_offsets(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` with each "the day before/after" + adjacent day date merged into one."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        t = timexes[i]
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        offset = _OFFSET.search(t.text)
        if offset and nxt is not None and _GAP.fullmatch(text, t.end, nxt.start):
            day = _DAY.match(nxt.value)
            if day and nxt.type in ("DATE", "TIME"):
                step = -1 if offset["dir"].lower() == "before" else 1
                shifted = dt.date.fromisoformat(day["day"]) + dt.timedelta(days=step)
                span = text[t.start : nxt.end]
                out.append(Timex(t.start, nxt.end, span, "DATE", shifted.isoformat()))
                i += 2
                continue
        if (
            _PERIOD.match(t.text)
            and nxt is not None
            and _YEAR_BACK.match(nxt.text)
            and _GAP.fullmatch(text, t.end, nxt.start)
        ):
            out.append(Timex(t.start, nxt.end, text[t.start : nxt.end], "DATE", nxt.value))
            i += 2
            continue
        prev = out[-1] if out else None
        if (
            offset
            and t.text[:3].lower() == "the"
            and prev is not None
            and _APPOSITION.fullmatch(text, prev.end, t.start)
            and _DAY.match(prev.value)
        ):
            end = t.start + offset.start("dir")
            end = len(text[:end].rstrip())
            out.append(Timex(t.start, end, text[t.start : end], "DATE", prev.value[:10]))
            i += 1
            continue
        out.append(t)
        i += 1
    return out


def add_coordinated_days(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` plus "25" in "April 24 and 25" (same month and year as the date before)."""
    out: list[Timex] = []
    for i, t in enumerate(timexes):
        out.append(t)
        day = _DAY.match(t.value)
        if not (day and t.type == "DATE" and _MONTH_DAY.search(t.text)):
            continue
        m = _AND_DAY.match(text, t.end)
        nxt = timexes[i + 1].start if i + 1 < len(timexes) else len(text)
        if m is None or m.end() > nxt:
            continue
        try:
            second = dt.date.fromisoformat(day["day"]).replace(day=int(m["day"]))
        except ValueError:
            continue  # "February 28 and 30"
        start, end = m.start("day"), m.end("day")
        out.append(Timex(start, end, text[start:end], "DATE", second.isoformat()))
    return out


def share_set_parts(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """ "Monday and Tuesday nights": the bare weekday shares the plural part, a SET too."""
    out = list(timexes)
    for i in range(len(out) - 1):
        t, nxt = out[i], out[i + 1]
        weekday = WEEKDAYS.get(t.text.lower())
        repeated = _WEEKDAY_SET.match(nxt.value) if nxt.type == "SET" else None
        if weekday is None or repeated is None or not _AND.fullmatch(text, t.end, nxt.start):
            continue
        out[i] = Timex(t.start, t.end, t.text, "SET", f"XXXX-WXX-{weekday}{repeated['part']}")
    return out


def times_on_days(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` with a clock time right before its day ("1700 GMT on 14 March 2011",
    "9 a.m. Friday") given that day. Read alone, the time was anchored on the day the text
    spoke of before it, which dated a figure "as of 1700 GMT on 14 March" to another day;
    the date after it says which day the clock is on. The spans stay as they were."""
    out = list(timexes)
    for i in range(len(out) - 1):
        t, nxt = out[i], out[i + 1]
        clock = _CLOCK.match(t.value) if t.type == "TIME" else None
        day = _DAY.match(nxt.value) if nxt.type == "DATE" else None
        if (
            clock is not None
            and day is not None
            and not day["rest"]
            and _ON.fullmatch(text, t.end, nxt.start)
        ):
            out[i] = Timex(t.start, t.end, t.text, "TIME", nxt.value + clock["clock"])
    return out
