"""When reports of one quantity cannot all be right.

Three rules, each comparing a report with the reports it must agree with:

- the same day: two reports giving values no single number satisfies ("21"
  and "12" for Monday) disagree. A running total may rise during a day, so a
  higher figure published later that day is no disagreement;
- a cumulative count (killed, injured, arrested...) cannot fall: a report
  below what a report of the few days before already allowed ("26" on
  Thursday after "more than 30" on Wednesday) disagrees with it. The count of one incident
  dated by its own clause ("35 people were killed on Monday") is no running
  total and takes no part in this rule;
- two sources in one article: an article giving one day's count as one source's figure
  and another's ("the commission said he leads by 6,443 votes; his rival's campaign said
  its own count put her ahead by 9,000") reports a dispute between them.

A value is compared as the range its qualifier allows (`claim_range`), read
closed: "more than 30" and "30" are too close to call a disagreement. Only
day-precise as-of dates are compared; absurd values are left out. A report
is compared with the single strongest report it contradicts, so one wrong
number yields one conflict per report that repeats it, not one per pair.

Two guards keep different quantities that share a class (a story about an
epidemic counts cases in many countries, often without naming the country
next to each number) from passing for disagreements: values more than
`MAX_RATIO` apart are taken to count different things, not to disagree
about one ("2 deaths" and "152 deaths" are two places, "21" and "12" one
toll); and an article that itself gives a class different values for one
day is talking about several quantities, so its values of that day are not
compared at all.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from storyline.corpus.ledger.keys import measures_meet
from storyline.corpus.ledger.records import SeriesPoint

__all__ = [
    "NumberClash",
    "comparable",
    "day_of",
    "number_clashes",
    "point_high",
    "supports",
]

MAX_RATIO = 1.8
"""Reports further apart than this factor count different things (see the module doc).

Chosen leave-one-topic-out on Timeline17 conflicts read and labelled by hand
(eval/crosscheck_ratio.py, eval/labels/crosscheck_t17_conflicts.jsonl) among
candidates from 1.8 up: a smaller factor would lose crosscheck-dev's same-day
conflict ("21" against "12")."""
FELL_WINDOW_DAYS: int | None = 3
"""How many days back a running count's earlier reports bind a later one (None: all).

On Timeline17, a count lower than a report of weeks before was nearly always another
count (the wounded of another clash, the suspected dead against the confirmed ones),
seldom one toll told two ways. Chosen leave-one-topic-out among 3, 7, 14, 30, 60 days
and none on hand-labelled Timeline17 number conflicts (eval/crosscheck_window.py,
eval/labels/crosscheck_t17_window.jsonl): precision 0.55 in sample, 0.50 left out,
against 0.48 with no window; crosscheck-dev's fall (one day) is kept."""
MAX_CLASHES_PER_REPORT = 3
"""A report contradicted by many later ones is named in at most this many conflicts
(the rest are counted in the message of the last)."""


@dataclass(frozen=True, slots=True)
class NumberClash:
    """Two reports of one quantity that disagree, and by which rule."""

    rule: str
    """"same_day", "fell" or "sources" (two sources of one article disagree)."""
    first: SeriesPoint
    second: SeriesPoint
    more: int = 0
    """For "fell": how many further later reports fell below `first` (not listed)."""


def day_of(as_of: str | None) -> dt.date | None:
    """The day of a day-precise as-of date, else None (a month or a year is not compared)."""
    if not as_of or len(as_of) < 10:
        return None
    try:
        return dt.date.fromisoformat(as_of[:10])
    except ValueError:
        return None


def point_high(p: SeriesPoint) -> float:
    return float("inf") if p.high is None else p.high


def _apart(a: SeriesPoint, b: SeriesPoint) -> bool:
    return point_high(a) < b.low or point_high(b) < a.low


def _same_places(a: SeriesPoint, b: SeriesPoint) -> bool:
    """Reports whose sentences name places besides the story's own count there: two such
    reports are compared only if they share one, and one that names such a place is not
    compared with one that names none ("13 dead in the port" against the toll)."""
    return a.places == b.places or bool(set(a.places) & set(b.places))


def comparable(a: SeriesPoint, b: SeriesPoint) -> bool:
    """Two reports of one quantity: values within `MAX_RATIO`, reached the same way (an
    estimate is not a confirmed count) and about the same places."""
    va, vb = max(a.value, 1.0), max(b.value, 1.0)
    if max(va, vb) > MAX_RATIO * min(va, vb):
        return False
    return measures_meet(a.measure, b.measure) and _same_places(a, b)


def _self_consistent(dated: list[tuple[dt.date, SeriesPoint]]) -> list[tuple[dt.date, SeriesPoint]]:
    """Leave out an article's values of a day when it gives that day values that clash."""
    by_article_day: dict[tuple[str, dt.date], list[SeriesPoint]] = defaultdict(list)
    for day, p in dated:
        by_article_day[(p.article, day)].append(p)
    mixed = {
        key
        for key, pts in by_article_day.items()
        if len(pts) > 1 and any(_apart(a, b) for a in pts for b in pts)
    }
    return [(d, p) for d, p in dated if (p.article, d) not in mixed]


def _timed(published: str | None) -> str | None:
    """The publication timestamp if it has a time of day, else None."""
    return published if published and len(published) > 10 else None


def _rose_within_day(a: SeriesPoint, b: SeriesPoint) -> bool:
    """Two same-day reports of a running total, the one published later being higher."""
    ta, tb = _timed(a.published), _timed(b.published)
    if ta is None or tb is None or ta == tb:
        return False
    early, late = (a, b) if ta < tb else (b, a)
    return point_high(early) < late.low


def _checked(points: Sequence[SeriesPoint]) -> list[tuple[dt.date, SeriesPoint]]:
    out = [(d, p) for p in points if not p.absurd and (d := day_of(p.as_of)) is not None]
    out.sort(key=lambda dp: (dp[0], dp[1].published or "", dp[1].article, dp[1].start))
    return out


def _same_day(points: list[SeriesPoint], cumulative: bool) -> list[NumberClash]:
    """Neighbouring clusters of one day's values that no number satisfies together."""
    ordered = sorted(points, key=lambda p: (p.low, point_high(p)))
    clusters: list[list[SeriesPoint]] = []
    top = float("-inf")
    for p in ordered:
        if clusters and p.low <= top:
            clusters[-1].append(p)
            top = max(top, point_high(p))
        else:
            clusters.append([p])
            top = point_high(p)
    out: list[NumberClash] = []
    for lower, upper in pairwise(clusters):
        a = min(lower, key=lambda p: (p.published or "", p.article))
        b = min(upper, key=lambda p: (p.published or "", p.article))
        if a.article == b.article or not _apart(a, b) or not comparable(a, b):
            continue
        if cumulative and _rose_within_day(a, b):
            continue
        first, second = sorted((a, b), key=lambda p: (p.published or "", p.article))
        out.append(NumberClash("same_day", first, second))
    return out


def _fell(dated: list[tuple[dt.date, SeriesPoint]]) -> list[NumberClash]:
    """Reports below the highest lower bound a report of the `FELL_WINDOW_DAYS` days
    before gave (a sliding window: each earlier day's strongest report, kept while in
    reach, strongest first)."""
    out: list[NumberClash] = []
    counts: dict[tuple[str, int], int] = defaultdict(int)
    latest: dict[tuple[str, int], int] = {}
    by_day: dict[dt.date, list[SeriesPoint]] = defaultdict(list)
    for day, p in dated:
        if not p.incident:  # one incident's count is no running total
            by_day[day].append(p)
    reach = None if FELL_WINDOW_DAYS is None else dt.timedelta(days=FELL_WINDOW_DAYS)
    window: deque[tuple[dt.date, SeriesPoint]] = deque()  # lows never rising
    for day in sorted(by_day):
        while reach is not None and window and day - window[0][0] > reach:
            window.popleft()
        best = window[0][1] if window else None
        todays = by_day[day]
        if best is not None:
            for p in todays:
                if point_high(p) >= best.low or p.article == best.article:
                    continue
                if not comparable(p, best):
                    continue
                key = (best.article, best.start)
                counts[key] += 1
                if counts[key] <= MAX_CLASHES_PER_REPORT:
                    out.append(NumberClash("fell", best, p))
                    latest[key] = len(out) - 1
                else:
                    i = latest[key]
                    more = counts[key] - MAX_CLASHES_PER_REPORT
                    out[i] = NumberClash("fell", out[i].first, out[i].second, more)
        strongest = min(todays, key=lambda p: (-p.low, p.published or "", p.article, p.start))
        while window and window[-1][1].low < strongest.low:
            window.pop()
        window.append((day, strongest))
    return out


def _speaker_key(p: SeriesPoint) -> str:
    return " ".join(p.speaker.lower().split()) if p.speaker else ""


def _disputed(checked: list[tuple[dt.date, SeriesPoint]]) -> list[NumberClash]:
    """Reports of one article and day that different sources give different values
    ("the commission said 6,443; the campaign said its count put him 9,000 ahead"): the
    article reports a dispute, which a reader must see. One clash per pair of sources.

    The count of one incident ("four people were killed Wednesday", `SeriesPoint.incident`)
    is no figure of the running count another source gives ("at least 27 this week"), and
    a source named once by a description and once by its name ("an opposition spokesman
    ... Mohammed") may be one: a speaker whose words hold the other's is not another."""
    by_article_day: dict[tuple[str, dt.date], list[SeriesPoint]] = defaultdict(list)
    for day, p in checked:
        if _speaker_key(p) and not p.incident:
            by_article_day[(p.article, day)].append(p)
    out: list[NumberClash] = []
    for pts in by_article_day.values():
        seen: set[tuple[str, str]] = set()
        for i, a in enumerate(pts):
            for b in pts[i + 1 :]:
                pair = (_speaker_key(a), _speaker_key(b))
                if pair[0] in pair[1] or pair[1] in pair[0] or pair in seen or not _apart(a, b):
                    continue
                if comparable(a, b):
                    seen.add(pair)
                    out.append(NumberClash("sources", a, b))
    return out


def number_clashes(
    points: Sequence[SeriesPoint], cumulative: bool, disputes: bool = True
) -> list[NumberClash]:
    """Every disagreement among reports of one quantity (see the module docstring);
    `disputes`: whether two sources of one article giving different values is one
    (`ledger.counted.disputable`)."""
    checked = _checked(points)
    disputed = _disputed(checked) if disputes else []
    dated = _self_consistent(checked)
    by_day: dict[dt.date, list[SeriesPoint]] = defaultdict(list)
    for day, p in dated:
        by_day[day].append(p)
    out = [c for day in sorted(by_day) for c in _same_day(by_day[day], cumulative)]
    if cumulative:
        out += _fell(dated)
    return out + disputed


def supports(a: SeriesPoint, b: SeriesPoint) -> bool:
    """Whether report `b` backs report `a`: the same value, or values that meet as of days
    at most one apart (a range like "more than 30" backs a figure only near its day)."""
    if a.qualifier == b.qualifier == "exact" and a.value == b.value:
        return True
    da, db = day_of(a.as_of), day_of(b.as_of)
    if da is None or db is None or abs((da - db).days) > 1:
        return False
    return not _apart(a, b)
