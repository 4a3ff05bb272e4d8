"""Durations, sets, offsets ("two years ago"), vague references and holidays.

Counts become TIMEX3 periods (P3Y, PT5H, P2Y6M for "2 1/2 years", PXD for
"a few days"); offsets are added to the DCT ("ago") or to the last mentioned
date ("earlier", "later"), keeping that date's granularity. Holidays include
the moveable feasts of Easter, computed for the year.
"""

from __future__ import annotations

import datetime as dt
import re

from storyline.analyze.time.anchor import Context, closest_year
from storyline.analyze.time.dates import Handler, Result, field, x_value
from storyline.analyze.time.lexicon import DAY_PARTS, MONTHS, UNITS, parse_number
from storyline.analyze.time.values import Point, add_units, iso_week

__all__ = ["AMOUNT_HANDLERS", "period"]

_PLURAL = re.compile(
    r"(?:second|minute|hour|day|week|weekend|month|quarter|year|decade)s\b|ies\b", re.I
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|must|to)\s+$", re.I)
_HALF = {"Y": "6M", "M": "15D", "W": "3D12H", "D": "12H", "H": "30M", "M_T": "30S", "S": "S"}


def _unit(m: re.Match[str]) -> tuple[str, bool, int]:
    word = field(m, "unit") or field(m, "unit2")
    if word.startswith("centur"):
        word = "century"
    elif word.startswith("millenni"):
        word = "millennium"
    return UNITS[word]


def period(count: float | None, letter: str, is_time: bool, multiplier: int = 1) -> str:
    """A TIMEX3 duration: P3Y, PT5H30M, PXD when the count is vague."""
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{letter}"
    count *= multiplier
    whole = int(count)
    if count - whole >= 0.5 - 1e-9 and letter in ("Y", "M", "W", "D", "H", "S"):
        half = _HALF["M_T" if (is_time and letter == "M") else letter]
        if letter == "Y" or not is_time:
            return f"P{whole}{letter}{half}" if whole else f"P{half}"
        return f"PT{whole}{letter}{half}" if whole else f"PT{half}"
    if letter == "Q" and whole:
        return f"P{whole}Q"
    return f"{prefix}{whole}{letter}"


def _duration(m: re.Match[str], ctx: Context) -> Result:
    letter, is_time, mult = _unit(m)
    count = parse_number(field(m, "num"))
    if field(m, "unit") == "second" and field(m, "num") in ("a", "an"):
        return None  # "a second term"
    if (
        field(m, "num") == "one"
        and field(m, "unit") == "day"
        and m.group(0).lower() == "one day"
        and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return "DATE", "FUTURE_REF"  # "Islam will one day be ...": some day, not a length
    if count is not None and m["half"]:
        count += 0.5  # "a minute and a half"
    if field(m, "det").startswith("each"):
        return "SET", period(1.0, letter, is_time, mult)  # "each of the last three years"
    return "DURATION", period(count, letter, is_time, mult)


def _clock_duration(m: re.Match[str], ctx: Context) -> Result:
    """ "2:03:38" -> PT2H3M38S; zero parts are left out, a decimal stays on the seconds."""
    hours, minutes, seconds = int(m["ch"]), int(m["cm"]), int(m["cs"])
    fraction = m["cf"]
    parts = [f"{hours}H" if hours else "", f"{minutes}M" if minutes else ""]
    if seconds or fraction:
        parts.append(f"{seconds}.{fraction}S" if fraction else f"{seconds}S")
    value = "".join(parts)
    return ("DURATION", f"PT{value}") if value else None


def _duration_rel(m: re.Match[str], ctx: Context) -> Result:
    letter, is_time, mult = _unit(m)
    plural = bool(_PLURAL.search(m.group(0)))
    return "DURATION", period(None if plural else 1.0, letter, is_time, mult)


def _bare_units(m: re.Match[str], ctx: Context) -> Result:
    letter, is_time, mult = _unit(m)
    if mult == 100:
        return "DURATION", "PXC"
    return "DURATION", period(None, letter, is_time)


def _vague_duration(m: re.Match[str], ctx: Context) -> Result:
    return "DURATION", "PXX"  # a length of no stated unit


def _unit_long(m: re.Match[str], ctx: Context) -> Result:
    letter, is_time, mult = _unit(m)
    plural = field(m, "unit") != m.group(0).lower().split("-")[0]
    return "DURATION", period(None if plural else 1.0, letter, is_time, mult)


def _unit_single(m: re.Match[str], ctx: Context) -> Result:
    """ "the worst single-day decline": one unit, an adjectival DURATION like "24-hour"."""
    letter, is_time, mult = _unit(m)
    return "DURATION", period(1.0, letter, is_time, mult)


_GRAN_OF_LETTER = {"D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y"}


def _ago(m: re.Match[str], ctx: Context) -> Result:
    letter, is_time, mult = _unit(m)
    direction = field(m, "dir")
    count = parse_number(field(m, "num"))
    if is_time:
        anchor = ctx.anchor("D")
        return "DATE", anchor.day.isoformat() if anchor else "XXXX-XX-XX"
    gran = _GRAN_OF_LETTER.get(letter, "Y")
    if count is None or count != int(count):
        return "DATE", "PAST_REF" if direction in ("ago", "earlier", "before", "back") else (
            "FUTURE_REF"
        )
    n = (
        int(count)
        * mult
        * (-1 if direction in ("ago", "earlier", "before", "back", "previously") else 1)
    )
    if field(m, "unit") == "weekend":
        n //= 2
        gran = "W"
    if direction in ("ago", "back", "from now", "hence"):
        ref = ctx.quarter
        if ref is not None and gran == "Y" and abs(n) == 1:
            shifted = ref.shift(n, "Y")
            return "DATE", shifted.format() if shifted else x_value(ref.gran)
        if ctx.dct is None:
            return "DATE", x_value(gran)
        day = add_units(ctx.dct, n, gran)
        return "DATE", Point(day, gran).format() if day else x_value(gran)
    if ctx.quarter is not None and gran == "Y" and abs(n) == 1:
        shifted = ctx.quarter.shift(n, "Y")
        return "DATE", shifted.format() if shifted else "XXXX-QX"
    anchor = ctx.anchor(gran)
    if anchor is None:
        return "DATE", x_value(gran)
    out_gran = anchor.gran if anchor.finer_or_equal(gran) and anchor != _dct_point(ctx) else gran
    day = add_units(anchor.day, n, gran)
    return "DATE", Point(day, out_gran).format() if day else x_value(gran)


def _dct_point(ctx: Context) -> Point | None:
    return Point(ctx.dct, "D") if ctx.dct else None


_SET_ADVERB = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "semiannually": "P6M",
    "hourly": "PT1H",
}


def _set(m: re.Match[str], ctx: Context) -> Result:
    adverb = field(m, "adv")
    if adverb:
        if adverb.startswith("twice a "):
            return "SET", period(1.0, _unit_letter(adverb.split()[-1]), False)
        return "SET", _SET_ADVERB[adverb]
    unit = field(m, "unit")
    if unit == "time":
        return None
    if unit in ("morning", "evening", "afternoon"):
        return "SET", f"XXXX-XX-XX{DAY_PARTS[unit]}"
    if unit == "season":
        return "SET", "P1Y"
    letter, is_time, mult = UNITS[unit]
    count = 2.0 if "other" in m.group(0).lower() else 1.0
    return "SET", period(count, letter, is_time, mult)


def _unit_letter(word: str) -> str:
    return UNITS[word][0]


def _set_month(m: re.Match[str], ctx: Context) -> Result:
    return "SET", f"XXXX-{MONTHS[field(m, 'mon').rstrip('.')]:02d}"


def _ref(m: re.Match[str], ctx: Context) -> Result:
    if m["present"]:
        return "DATE", "PRESENT_REF"
    if m["past"]:
        return "DATE", "PAST_REF"
    return "DATE", "FUTURE_REF"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    if n > 0:
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = (
        dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    )
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


# Moveable feasts: days from Easter Sunday ("Easter week" is the week that ends on it).
_EASTER_OFFSET = {
    "easter": 0,
    "easter sunday": 0,
    "easter week": 0,
    "easter monday": 1,
    "good friday": -2,
    "palm sunday": -7,
}


def _holiday_date(name: str, year: int) -> dt.date:
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
        "veterans day": (11, 11),
        "boxing day": (12, 26),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name in _EASTER_OFFSET:
        return easter(year) + dt.timedelta(days=_EASTER_OFFSET[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)  # election day


def _holiday(m: re.Match[str], ctx: Context) -> Result:
    name, rel = field(m, "hol"), field(m, "rel")
    if m["year"]:
        year = int(m["year"])
    elif ctx.dct is None:
        if name in _EASTER_OFFSET:  # moveable: no month or day without a year
            return "DATE", "XXXX-WXX" if name.endswith(" week") else "XXXX-XX-XX"
        probe = _holiday_date(name, 2001)
        return "DATE", f"XXXX-{probe.month:02d}-{probe.day:02d}"
    else:
        probe = _holiday_date(name, ctx.dct.year)
        tense = {"last": "past", "next": "future"}.get(rel, ctx.tense())
        year = closest_year(ctx.dct, probe.month, probe.day, tense)  # type: ignore[arg-type]
    day = _holiday_date(name, year)
    return "DATE", iso_week(day) if name.endswith(" week") else day.isoformat()


def _nth_day(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"


def _anaphor_day(m: re.Match[str], ctx: Context) -> Result:
    rel = field(m, "rel") or field(m, "rel2")
    unit = field(m, "unit") or "day"
    offset = 0
    if any(w in rel for w in ("next", "following", "after", "later")):
        offset = 1
    elif any(w in rel for w in ("previous", "prior", "before", "earlier")):
        offset = -1
    anchor = ctx.anchor("D")
    day = anchor.day + dt.timedelta(days=offset) if anchor else None
    value = day.isoformat() if day else "XXXX-XX-XX"
    if offset == 0 and ctx.ref is not None and ctx.ref.gran == "M":
        # "most recently last October ... that same day": a day of the month last named.
        value = f"{ctx.ref.format()}-XX"
    code = DAY_PARTS.get(unit, "")
    return ("TIME", value + code) if code else ("DATE", value)


AMOUNT_HANDLERS: dict[str, Handler] = {
    "duration": _duration,
    "duration_rel": _duration_rel,
    "clock_duration": _clock_duration,
    "bare_units": _bare_units,
    "unit_long": _unit_long,
    "unit_single": _unit_single,
    "vague_duration": _vague_duration,
    "ago": _ago,
    "set": _set,
    "set_rate": _set,
    "set_month": _set_month,
    "ref": _ref,
    "holiday": _holiday,
    "anaphor_day": _anaphor_day,
    "nth_day": _nth_day,
}
