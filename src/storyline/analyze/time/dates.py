"""From a recognised expression to its TIMEX3 type and value, one function per rule.

Each handler reads the named groups of its rule's match and the resolution
context; it returns None when the words do not denote a valid date (e.g.
"February 30"), and the expression is then dropped rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from storyline.analyze.time.anchor import Context, closest_year, weekday_beside, weekday_date
from storyline.analyze.time.lexicon import DAY_PARTS, MONTHS, WEEKDAYS, parse_number
from storyline.analyze.time.values import Point, add_units, parse_point

__all__ = [
    "DATE_HANDLERS",
    "Handler",
    "Result",
    "deictic_point",
    "field",
    "words_year",
    "x_value",
]

Result = tuple[str, str] | None
Handler = Callable[[re.Match[str], Context], Result]

_UNIT_GRAN = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q"}
_UNIT_GRAN |= {
    "year": "Y",
    "fiscal year": "Y",
    "full year": "Y",
    "decade": "E",
    "season": "S",
    "night": "D",
}
_X_BY_GRAN = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}
_X_BY_GRAN |= {"Y": "XXXX", "E": "XXX", "S": "XXXX-XX", "H": "XXXX-HX", "C": "XX"}


def x_value(gran: str) -> str:
    """The unanchored form of a date of granularity `gran` (no DCT to anchor on)."""
    return _X_BY_GRAN[gran]


def field(m: re.Match[str], name: str) -> str:
    """A named group, lower-cased and whitespace-normalised ("" when absent)."""
    try:
        value = m.group(name)
    except IndexError:
        return ""
    return " ".join(value.lower().split()) if value else ""


def _month(m: re.Match[str], name: str = "mon") -> int:
    return MONTHS[field(m, name).rstrip(".")]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, ctx: Context) -> str | None:
    if day > calendar.monthrange(2000, month)[1]:
        return None  # "February 30": not a date in any year
    if year is None and ctx.dct is not None:
        year = closest_year(ctx.dct, month, day, ctx.tense(), ctx.year_window())
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}"
    d = _date(year, month, day)
    return d.isoformat() if d else None


def _part_value(day_value: str, part: str) -> tuple[str, str]:
    code = DAY_PARTS.get(part, "")
    return ("TIME", f"{day_value}{code}") if code else ("DATE", day_value)


def _iso(m: re.Match[str], ctx: Context) -> Result:
    d = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return "TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}"
    return "DATE", d.isoformat()


def _slash(m: re.Match[str], ctx: Context) -> Result:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    d = _date(y, month, day)
    return ("DATE", d.isoformat()) if d else None


def _mdy(m: re.Match[str], ctx: Context) -> Result:
    year = int(m["year"]) if m["year"] else None
    value = _month_day(_month(m), int(m["day"]), year, ctx)
    return ("DATE", value) if value else None


def _week_of(m: re.Match[str], ctx: Context) -> Result:
    year = int(m["year"]) if m["year"] else None
    month = _month(m)
    if m["wn"]:
        # "the last week of March": the ISO week holding most of its days in that month,
        # i.e. the week of the 4th (first), the 11th (second), ... or of the last day - 3.
        last = calendar.monthrange(year or 2001, month)[1]
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(field(m, "wn"))
        day = 4 + 7 * (n - 1) if n else last - 3
    elif m["day"]:
        day = int(m["day"])
    else:
        return None  # "the week of March": not a week
    value = _month_day(month, day, year, ctx)
    point = parse_point(value)
    return ("DATE", point.at("W").format()) if point and value and value[0] != "X" else None


def _month_year(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", f"{int(m['year']):04d}-{_month(m):02d}"


def _month_only(m: re.Match[str], ctx: Context) -> Result:
    month, rel = _month(m), field(m, "rel")
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    year = ctx.dct.year
    if rel in ("last", "this past"):
        year = year if month < ctx.dct.month else year - 1
    elif rel in ("next", "this coming"):
        year = year if month > ctx.dct.month else year + 1
    elif rel not in ("this", "earlier this", "later this"):
        year = closest_year(ctx.dct, month, None, ctx.tense(), ctx.year_window())
    return "DATE", f"{year:04d}-{month:02d}"


def _year(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", m["year"]


def words_year(m: re.Match[str]) -> int | None:
    """The year a YEAR_WORDS match spells ("nineteen ninety-four" -> 1994)."""
    if m["c"]:
        value = parse_number(field(m, "yw"))
        if value is None:
            return None
        century = 19 if field(m, "c") == "nineteen" else 20
        return century * 100 + int(value)
    extra = parse_number(field(m, "y2k")) if m["y2k"] else 0
    return 2000 + int(extra or 0)


def _year_words(m: re.Match[str], ctx: Context) -> Result:
    year = words_year(m)
    return ("DATE", f"{year:04d}") if year is not None else None


def _month_year_words(m: re.Match[str], ctx: Context) -> Result:
    year = words_year(m)
    return ("DATE", f"{year:04d}-{_month(m):02d}") if year is not None else None


def _month_rel_year(m: re.Match[str], ctx: Context) -> Result:
    """ "June last year", "April next year": the month of the year named relative to the DCT."""
    month = _month(m)
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    year = ctx.dct.year + {"last": -1, "next": 1}.get(field(m, "yrel"), 0)
    return "DATE", f"{year:04d}-{month:02d}"


def _year_end(m: re.Match[str], ctx: Context) -> Result:
    shift = -1 if m.group(0).lower().startswith("last") else 0
    return "DATE", deictic_point(ctx, "Y", shift)


def _year_apos(m: re.Match[str], ctx: Context) -> Result:
    yy = int(m["yy"])
    base = ctx.dct.year if ctx.dct else 1999
    century = base // 100 * 100
    year = century + yy if century + yy <= base + 10 else century - 100 + yy
    return "DATE", f"{year:04d}"


def _weekday(m: re.Match[str], ctx: Context) -> Result:
    wd = WEEKDAYS[field(m, "wd")]
    rel = field(m, "rel")
    if ctx.dct is None:
        value = f"XXXX-WXX-{wd}"
    else:
        # "Wednesday's ruling": a possessive weekday names something that has happened.
        possessive = ctx.text.startswith("'s", m.end("wd"))
        tense = None if possessive else ctx.tense()
        if rel.startswith("the "):
            # "the previous Friday": the one before the date the text is talking about.
            anchor = ctx.anchor("D")
            base = anchor.day if anchor else ctx.dct
            step = -1 if rel in ("the previous", "the preceding") else 1
            value = weekday_beside(base, wd, step).isoformat()
        else:
            value = weekday_date(ctx.dct, wd, rel, tense).isoformat()
    part = field(m, "part")
    # "Friday night" is a DATE with the part of day in its value (the usual news annotation).
    return "DATE", f"{value}{DAY_PARTS.get(part, '')}"


def _weekday_set(m: re.Match[str], ctx: Context) -> Result:
    code = DAY_PARTS.get(field(m, "part"), "")
    return "SET", f"XXXX-WXX-{WEEKDAYS[field(m, 'wd')]}{code}"


def _deictic(m: re.Match[str], ctx: Context) -> Result:
    word, part = field(m, "deictic"), field(m, "part")
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    before = field(m, "before")
    if before:
        offset += -1 if "before" in before else 1
    value = (ctx.dct + dt.timedelta(days=offset)).isoformat() if ctx.dct else "XXXX-XX-XX"
    if word == "tonight":
        part = "night"
    return _part_value(value, part)


def _day_part(m: re.Match[str], ctx: Context) -> Result:
    rel = field(m, "rel")
    part = "night" if m["over"] else field(m, "part")
    if rel in ("the", "") or m["over"]:
        anchor = ctx.anchor("D")
        day = anchor.day if anchor else None
    else:
        day = ctx.dct - dt.timedelta(days=1) if ctx.dct and rel == "last" else ctx.dct
    return "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}{DAY_PARTS[part]}"


def _clock(m: re.Match[str], ctx: Context) -> Result:
    if m["noon"]:
        clock = DAY_PARTS[field(m, "noon")]
    elif m["h24"]:
        clock = f"T{int(m['h24']):02d}:{m['m24']}"
    elif m["h2"]:
        # "4 in the morning", "7 in the evening": the part of day says a.m. or p.m.
        hour = int(m["h2"]) % 12 + (12 if field(m, "dp") != "morning" else 0)
        clock = f"T{hour:02d}:{int(m['m2'] or 0):02d}"
    else:
        hour, ampm = int(m["hour"]), field(m, "ampm").replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23:
            return None
        clock = f"T{hour:02d}:{int(m['minute'] or 0):02d}"
    if m["wd"]:
        kind_value = _weekday(m, ctx)
        day = kind_value[1] if kind_value else "XXXX-XX-XX"
    elif m["deictic"]:
        kind_value = _deictic(m, ctx)
        day = kind_value[1][:10] if kind_value else "XXXX-XX-XX"
    elif m["mon2"]:
        found = _month_day(_month(m, "mon2"), int(m["day2"]), None, ctx)
        if found is None:
            return None
        day = found
    else:
        anchor = ctx.anchor("D")
        day = anchor.day.isoformat() if anchor else "XXXX-XX-XX"
    # Universal time is written as such (ISO 8601 "Z"); a local zone ("EST") is left
    # unstated, as TimeBank does, since its offset changes with daylight saving.
    zone = "Z" if field(m, "utc") or field(m, "tz") in ("utc", "gmt") else ""
    return "TIME", f"{day}{clock}{zone}"


def deictic_point(ctx: Context, gran: str, offset: int) -> str:
    if ctx.dct is None:
        return _X_BY_GRAN[gran]
    day = add_units(ctx.dct, offset, gran)
    return Point(day, gran).format() if day else _X_BY_GRAN[gran]


def _anaphoric_point(ctx: Context, gran: str, offset: int) -> str:
    if gran == "D" and offset == 0 and ctx.ref is not None and ctx.ref.gran == "M":
        return f"{ctx.ref.format()}-XX"  # "last October ... that same day": a day in that month
    anchor = ctx.anchor(gran)
    if anchor is None:
        return _X_BY_GRAN[gran]
    day = add_units(anchor.day, offset, gran)
    return Point(day, gran).format() if day else _X_BY_GRAN[gran]


_DAY_CLOSE_BEFORE = re.compile(
    r"\b(?:end(?:ed|ing|s)?|finish(?:ed|ing|es)?|clos(?:e|ed|ing|es)|for)\s+$", re.IGNORECASE
)
_ENDED_AFTER = re.compile(r"\s+(?:end(?:ed|ing)|through|to\s+date)\b", re.IGNORECASE)
_DEICTIC_REL = {"this": 0, "current": 0, "the current": 0, "last": -1, "next": 1}
_ANAPHORIC_REL = {
    "the same": 0,
    "that": 0,
    "that same": 0,
    "the": 0,
    "the previous": -1,
    "the prior": -1,
}
_ANAPHORIC_REL |= {"the following": 1, "the next": 1, "the coming": 1}


def _rel_unit(m: re.Match[str], ctx: Context) -> Result:
    rel, unit = field(m, "rel"), field(m, "unit")
    if unit == "period" or (unit == "season" and rel not in _DEICTIC_REL):
        return None
    if unit == "day" and rel == "the" and not field(m, "pre"):
        if _DAY_CLOSE_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start):
            # "ended the day up 2%", "for the day": the trading day the text reports
            anchor = ctx.anchor("D")
            return "DATE", anchor.day.isoformat() if anchor else "XXXX-XX-XX"
        return None  # "during the day", "the day belonged to": not a calendar reference
    gran = _UNIT_GRAN[unit]
    if field(m, "post") and rel == "the" and unit in ("week", "month", "year", "quarter"):
        return "DATE", _anaphoric_point(ctx, gran, -1)  # "the year before": the one before
    if unit in ("year", "fiscal year") and rel == "the" and _ENDED_AFTER.match(ctx.text, m.end()):
        return "DURATION", "P1Y"  # "the fiscal year ended Jan. 31": a twelve-month period
    if unit == "fiscal year" and rel == "the latest":
        return "DATE", deictic_point(ctx, "Y", -1)  # the last fiscal year closed
    if unit == "decade" and rel in ("the next", "the coming", "the following"):
        return "DURATION", "P10Y"  # "over the next decade": the ten years ahead, a length
    if rel in ("the past", "the latest") and unit not in ("quarter", "weekend"):
        letter = {"D": "D", "W": "W", "M": "M", "Y": "Y", "E": "Y"}.get(gran, "Y")
        return "DURATION", f"P{10 if gran == 'E' else 1}{letter}"
    if unit == "quarter" and rel in ("the", "the latest", "the past", "last"):
        anchor = ctx.ref if ctx.ref is not None and ctx.ref.gran == "Q" and rel == "the" else None
        if anchor is not None:
            return "DATE", anchor.format()
        return "DATE", deictic_point(ctx, "Q", -1)
    if unit == "year" and rel == "the" and not field(m, "pre"):
        # "for the year", "earlier in the year": the year the text is about.
        return "DATE", _anaphoric_point(ctx, "Y", 0)
    if unit in ("fiscal year", "full year") and rel == "the":
        return "DATE", deictic_point(ctx, "Y", 0)
    if unit == "weekend" and rel in ("the", "that") and ctx.dct is not None:
        weekend = ctx.dct.isoweekday() >= 6 or ctx.tense() == "future"
        return "DATE", f"{deictic_point(ctx, 'W', 0 if weekend else -1)}-WE"
    if rel in _DEICTIC_REL:
        value = deictic_point(ctx, gran, _DEICTIC_REL[rel])
    else:
        value = _anaphoric_point(ctx, gran, _ANAPHORIC_REL.get(rel, 0))
    if unit == "weekend":
        value = f"{value}-WE"
    return "DATE", value


DATE_HANDLERS: dict[str, Handler] = {
    "iso": _iso,
    "slash": _slash,
    "mdy": _mdy,
    "dmy": _mdy,
    "month_year": _month_year,
    "month_year_words": _month_year_words,
    "month_rel_year": _month_rel_year,
    "week_of": _week_of,
    "month": _month_only,
    "year": _year,
    "year_apos": _year_apos,
    "year_words": _year_words,
    "year_end": _year_end,
    "weekday": _weekday,
    "weekday_set": _weekday_set,
    "weekday_plural": _weekday_set,
    "deictic": _deictic,
    "day_part": _day_part,
    "clock": _clock,
    "rel_unit": _rel_unit,
}
