"""What a relative expression is relative to: the publication date, the last date, the tense.

News is deictic: "Friday", "last month", "October 7" are read from the
article's date (the DCT). Anaphoric expressions ("the next day", "a year
earlier") are read from the last date the text mentioned, as TimeML does.
Without a DCT nothing is guessed: `dct` is None and handlers emit X values.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from storyline.analyze.time.postags import SentenceTags
from storyline.analyze.time.tense import Tense, tense_near
from storyline.analyze.time.values import Point
from storyline.analyze.time.verbs import verb_tense

__all__ = [
    "CUE_WINDOW",
    "MONTH_WINDOW",
    "POS_WINDOW",
    "Context",
    "closest_year",
    "weekday_beside",
    "weekday_date",
]

CUE_WINDOW = 240  # days a cue-word tense may move a month from its nearest year
POS_WINDOW = 300  # the same for a tense read from POS-tagged verbs (more reliable)
MONTH_WINDOW = 11 * 30  # a month name with a tense: up to eleven months either way
NEAR_DAYS = 45  # a month this close to the DCT is this one, whatever the verb says
_SINCE_BEFORE = re.compile(r"(?i)\bsince[^\S\n]+\Z")


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
    tags: SentenceTags | None = None  # POS tags of the sentences that need a tense
    _tense: dict[int, Tense | None] = field(default_factory=dict)

    def tense(self) -> Tense | None:
        """The tense governing the current expression: past after "since", else from POS
        tags, else from cue words."""
        if self.start not in self._tense:
            tokens = self.tags.get(self.sent_start, self.sent_end) if self.tags else None
            if _SINCE_BEFORE.search(self.text, max(self.sent_start, self.start - 12), self.start):
                found: Tense | None = "past"  # "the best week since November": before now
            elif tokens:
                before = self.text[max(self.sent_start, self.start - 30) : self.start]
                found = verb_tense(tokens, self.start, self.end, before)
            else:
                found = tense_near(self.text, self.start, self.end, self.sent_start, self.sent_end)
            self._tense[self.start] = found
        return self._tense[self.start]

    def year_window(self) -> int:
        """How far (days) the tense may move a month from its nearest year: wider when tagged."""
        tagged = bool(self.tags and self.tags.get(self.sent_start, self.sent_end))
        return POS_WINDOW if tagged else CUE_WINDOW

    def anchor(self, gran: str) -> Point | None:
        """The last mentioned date if it is at least as fine as `gran`, else the DCT."""
        if self.ref is not None and self.ref.finer_or_equal(gran):
            return self.ref
        return Point(self.dct, "D") if self.dct else None


def closest_year(
    dct: dt.date, month: int, day: int | None, tense: Tense | None, window: int = CUE_WINDOW
) -> int:
    """The year of "October 7" / "December" said on `dct`: by tense, else the nearest one.

    The tense only overrides the nearest reading within `window` days: cue
    words are noisy (CUE_WINDOW), POS-tagged verbs much less so (POS_WINDOW).
    A month named without a day ("in June") may move up to eleven months either
    way whatever told the tense ("protests erupted in June" said in March is last
    June): a month name has no day that could make the past reading too far. Within
    NEAR_DAYS the nearest month still wins, even against a past tense: a month not
    yet begun is often what a past reporting verb reports on ("told of a cutback in
    September" said in August; measured, reading it as last year's cost TimeBank and
    MEANTIME three values).
    """
    if day is None:
        window = max(window, MONTH_WINDOW)
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
    nearest = min(options, key=lambda o: (abs(o[0]), o[0] > 0))
    if abs(nearest[0]) <= NEAR_DAYS:
        return nearest[1]  # "payable Dec. 7" in late October: this year whatever the verb
    if tense == "past":
        delta, year = max((d, y) for d, y in options if d <= 0)
        if delta >= -window:
            return year
    if tense == "future":
        delta, year = min((d, y) for d, y in options if d >= 0)
        if delta <= window:
            return year
    return nearest[1]


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


def weekday_beside(base: dt.date, weekday: int, step: int) -> dt.date:
    """The nearest `weekday` strictly before (step -1) or after (step 1) `base`."""
    today = base.isoweekday()
    gap = ((weekday - today) * step - 1) % 7 + 1
    return base + dt.timedelta(days=step * gap)
