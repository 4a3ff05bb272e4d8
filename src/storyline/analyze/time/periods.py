"""Calendar periods: quarters, halves, seasons, decades and centuries.

"The third quarter" said in October 1989 is 1989-Q3, "the year-ago quarter"
is the quarter the text last named shifted back a year, "last spring" is
the spring before the DCT's year, all at quarter, half or season granularity;
"the nineties" is the last such decade before the DCT (199), "the 20th
century" is 19.
"""

from __future__ import annotations

import re

from storyline.analyze.time.anchor import Context, closest_year
from storyline.analyze.time.dates import Handler, Result, deictic_point, field, words_year
from storyline.analyze.time.lexicon import SEASONS
from storyline.analyze.time.values import SEASON_MONTH, Point

__all__ = ["PERIOD_HANDLERS", "UNTENSED_SEASON_REL"]

UNTENSED_SEASON_REL = frozenset({"", "the", "early", "late", "mid"})
"""Modifiers that leave a season's year to the tense ("over the summer", "early spring")."""


def _quarter(m: re.Match[str], ctx: Context) -> Result:
    ordinal = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
    qh = field(m, "qh")
    half = qh in ("half", "two quarters")
    number = ordinal.get(field(m, "ord"), 2 if half else 4)  # "last", "final": the final one
    if half and number > 2:
        return None
    year_text = field(m, "y0") or field(m, "y1")
    rel = field(m, "yrel") or (year_text if not year_text[:1].isdigit() else "")
    year: int | None
    if year_text[:1].isdigit():
        year = int(year_text)
    elif ctx.dct is None:
        year = None
    else:
        year = ctx.dct.year + {"last year": -1, "last": -1, "next year": 1, "next": 1}.get(rel, 0)
        current = (ctx.dct.month - 1) // 3 + 1 if not half else (1 if ctx.dct.month <= 6 else 2)
        if not rel and number > current:
            # A quarter still to come this year, or that quarter of last year: the
            # tense decides; without one, the nearer ("the fourth quarter" said in
            # August is the coming one, said in February the one just reported).
            tense = ctx.tense()
            ahead = number - current
            behind = (2 if half else 4) - ahead
            if tense == "past" or (tense != "future" and behind <= ahead):
                year -= 1
    if year is not None and m["ago"]:
        year -= 1  # "the year-earlier third quarter"
    return "DATE", f"{year:04d}-{'H' if half else 'Q'}{number}" if year else f"XXXX-Q{number}"


def _quarter_q(m: re.Match[str], ctx: Context) -> Result:
    if m["y1"]:
        return "DATE", f"{m['y1']}-Q{m['q']}"
    year = ctx.dct.year if ctx.dct else None
    return "DATE", f"{year:04d}-Q{m['q']}" if year else f"XXXX-Q{m['q']}"


def _year_period(m: re.Match[str], ctx: Context) -> Result:
    """ "the 1988 quarter": the quarter the text is comparing, in that year."""
    ref = ctx.quarter
    if ref is None or ref.gran != "Q":
        return "DATE", m["year"]
    return "DATE", f"{m['year']}-{ref.format()[5:]}"


def _quarter_ago(m: re.Match[str], ctx: Context) -> Result:
    # "the same month a year ago", "the corresponding period last year": the period in
    # focus, a year back (as "the year-ago period")
    back = "year-ago" if m["back"] else ""
    rel = field(m, "rel") or field(m, "rel2") or field(m, "adj") or back
    ref = ctx.ref if ctx.ref is not None and ctx.ref.gran in ("Q", "H", "M") else None
    if rel in ("latest", "most recent", "this"):
        return "DATE", ref.format() if ref else deictic_point(ctx, "Q", -1)
    if rel in ("previous", "last") and not field(m, "rel2"):
        if ref is not None:
            shifted = ref.shift(-1, ref.gran)
            return "DATE", shifted.format() if shifted else "XXXX-QX"
        return "DATE", deictic_point(ctx, "Q", -1)
    unit = field(m, "unit") or field(m, "unit2") or field(m, "unit3")
    if ref is None and unit != "quarter" and ctx.ref is not None and ctx.ref.gran == "Y":
        # "For the nine months ... The year-ago results": the period in focus is this
        # year's to date, so the comparison is last year.
        return "DATE", deictic_point(ctx, "Y", -1)
    base = ref or (Point(ctx.dct, "D").shift(-3, "M") if ctx.dct else None)
    if base is None:
        return "DATE", "XXXX-QX"
    gran = base.gran if base.gran in ("Q", "H", "M") else ("M" if unit == "month" else "Q")
    shifted = base.at(gran).shift(-1, "Y")
    return "DATE", shifted.format() if shifted else "XXXX-QX"


def _season(m: re.Match[str], ctx: Context) -> Result:
    code = SEASONS[field(m, "season")]
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    if m["c"] or "thousand" in m.group(0).lower():  # "the winter of nineteen ninety-four"
        year = words_year(m)
        if year is not None:
            return "DATE", f"{year:04d}-{code}"
    rel = field(m, "rel")
    if ctx.dct is None:
        return "DATE", f"XXXX-{code}"
    if rel in UNTENSED_SEASON_REL:
        # "over the summer" said in April: last summer if the verb is past, this one if future
        month = SEASON_MONTH[code]
        return (
            "DATE",
            f"{closest_year(ctx.dct, month, None, ctx.tense(), ctx.year_window()):04d}-{code}",
        )
    year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    return "DATE", f"{year:04d}-{code}"


def _decade(m: re.Match[str], ctx: Context) -> Result:
    if m["dig"]:
        return "DATE", m["dig"]
    words = _DECADE_WORDS
    dd = m["dd"] or m["bare"]
    digit = int(dd) if dd else words.index(field(m, "word")) + 2
    base = ctx.dct.year if ctx.dct else 1999
    century = base // 100
    if century * 100 + digit * 10 > base:
        century -= 1
    return "DATE", f"{century:02d}{digit}"


_DECADE_WORDS = tuple(
    "twenties thirties forties fifties sixties seventies eighties nineties".split()  # noqa: SIM905
)
_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)


def _century(m: re.Match[str], ctx: Context) -> Result:
    rel = field(m, "rel")
    if rel:
        if ctx.dct is None:
            return "DATE", "XX"
        shift = {"this": 0, "last": -1, "past": -1, "next": 1}[rel]
        return "DATE", f"{ctx.dct.year // 100 + shift:02d}"
    word = field(m, "word")
    number = (
        int(m["ord"]) if m["ord"] else (21 if word == "twenty-first" else _ORDINALS.index(word) + 1)
    )
    return ("DATE", f"{number - 1:02d}") if 0 < number <= 100 else None


PERIOD_HANDLERS: dict[str, Handler] = {
    "quarter": _quarter,
    "quarter_q": _quarter_q,
    "quarter_ago": _quarter_ago,
    "year_period": _year_period,
    "season": _season,
    "decade": _decade,
    "century": _century,
}
