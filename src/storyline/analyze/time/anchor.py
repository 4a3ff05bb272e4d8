"""What a relative expression is relative to: the publication date, the last date, the tense.

News is deictic: "Friday", "last month", "October 7" are read from the
article's date (the DCT). Anaphoric expressions ("the next day", "a year
earlier") are read from the last date the text mentioned, as TimeML does.
Without a DCT nothing is guessed: `dct` is None and handlers emit X values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from storyline.analyze.time.tense import Tense, tense_near
from storyline.analyze.time.values import Point

__all__ = ["Context", "closest_year", "weekday_date"]


@dataclass(slots=True)
class Context:
    """Resolution state while walking one document's expressions in order."""

    text: str
    dct: dt.date | None
    ref: Point | None = None
    quarter: Point | None = None  # the last quarter the text named: financial "a year ago"
    start: int = 0
    end: int = 0
    sent_start: int = 0
    sent_end: int = 0
    _tense: dict[int, Tense | None] = field(default_factory=dict)

    def tense(self) -> Tense | None:
        if self.start not in self._tense:
            self._tense[self.start] = tense_near(
                self.text, self.start, self.end, self.sent_start, self.sent_end
            )
        return self._tense[self.start]

    def anchor(self, gran: str) -> Point | None:
        """The last mentioned date if it is at least as fine as `gran`, else the DCT."""
        if self.ref is not None and self.ref.finer_or_equal(gran):
            return self.ref
        return Point(self.dct, "D") if self.dct else None


def closest_year(dct: dt.date, month: int, day: int | None, tense: Tense | None) -> int:
    """The year of "October 7" / "December" said on `dct`: by tense, else the nearest one."""
    options: list[tuple[int, int]] = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        # Compare at month level for month names, at day level for dates.
        if day is None:
            delta = (year * 12 + month) - (dct.year * 12 + dct.month)
            delta *= 30
        else:
            try:
                delta = (dt.date(year, month, day) - dct).days
            except ValueError:
                delta = (dt.date(year, month, 28) - dct).days
        options.append((delta, year))
    # Tense only overrides the nearest reading within eight months: cue words are noisy.
    if tense == "past":
        delta, year = max((d, y) for d, y in options if d <= 0)
        if delta >= -240:
            return year
    if tense == "future":
        delta, year = min((d, y) for d, y in options if d >= 0)
        if delta <= 240:
            return year
    return min(options, key=lambda o: (abs(o[0]), o[0] > 0))[1]


def weekday_date(dct: dt.date, weekday: int, rel: str, tense: Tense | None) -> dt.date:
    """The date of a weekday (1 = Monday) named on `dct`, by modifier, else by tense."""
    today = dct.isoweekday()
    back = (today - weekday) % 7
    ahead = (weekday - today) % 7
    if rel in ("last", "this past"):
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "this coming"):
        return dct + dt.timedelta(days=ahead or 7)
    if rel == "this":
        return dct + dt.timedelta(days=weekday - today)
    if tense == "future":
        return dct + dt.timedelta(days=ahead)
    return dct - dt.timedelta(days=back)
