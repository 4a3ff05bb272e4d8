"""Anachronisms: dates an article presents as current that lie years from its own time.

News names past years all the time ("the 2005 blast", "the lowest since
1997", "signed in 2011"): that is history, no anachronism. Two readings are
reliable enough to flag:

- against the article's own date: a year two or more years before the
  publication year written in a clause that looks ahead ("the review will
  cover the 2011 season", "talks are expected to resume in March 2012"): an
  article does not plan for a season long gone. A year as a bound or a
  comparison ("since 2005", "up from 2009") is no such reference;
- against its story (for an undated article, whose own date is unknown): the
  latest date it writes out with a year lies a year or more outside the span
  of the story it belongs to, so what it presents as news is from another
  time (the undated piece urging a return to "the November 2012 cease-fire"
  in a 2024 story). This reading needs the story, so it is made per story
  (`storyline.corpus.flags.review`) from `explicit_dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from storyline.analyze.intervals import holding
from storyline.analyze.time.roles import is_reference_point
from storyline.corpus.ledger.years import written_year
from storyline.model import Article, Flag, Span, Timex

__all__ = [
    "MIN_YEARS_BACK",
    "STORY_GAP_DAYS",
    "DatedSentence",
    "explicit_dates",
    "own_date_anachronisms",
    "sentence_of",
    "story_anachronism",
]

MIN_YEARS_BACK = 2
"""A year this many years before publication, presented as ahead, is flagged."""
STORY_GAP_DAYS = 365
"""An undated article whose latest written date lies this far outside its story is flagged."""
_YEAR_IN_TEXT = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AHEAD = re.compile(
    r"\b(?:will|shall|won't|'ll|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|"
    r"planned|poised|going|slated)\s+to|plans?\s+to|upcoming|forthcoming|next)\b",
    re.IGNORECASE,
)
_LINK_WORDS = frozenset(
    {
        "and", "but", "or", "if", "when", "because", "while", "after", "before", "unless",
        "until", "as", "of", "from", "since", "than", "that", "which", "who", "where",
    }
)  # fmt: skip
"""Words that start another clause or make the year a reference ("the mistakes of 1918")."""
_GAP = re.compile(r"[A-Za-z'-]+")
_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:our|their|his|her|its|the|a|my|your|political|free|good|ill|popular|public)\s+$"
)
"""A word before "will" that makes it the noun ("shake our will on September 11 2001")."""
_LOOK_BACK = 60
_MAX_GAP_WORDS = 4


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """A date an article writes out with its year, and the sentence it is in."""

    value: str
    """The calendar part of the TIMEX3 value: YYYY, YYYY-MM or YYYY-MM-DD."""
    sentence: Span


def sentence_of(article: Article, pos: int) -> Span:
    """The sentence holding offset `pos`, as evidence (the 200 characters from `pos` when
    the article has no sentences)."""
    return _Places(article).sentence_of(pos)


class _Places:
    """An article's sentences and direct quotes by where they stand, built once for all
    its dates: each date walked every sentence and quote, growing with the square of a
    long page. The sentences come in text order, apart (the sentence stage's)."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._starts = [s.start for s in article.sentences]

    @cached_property
    def quoted(self) -> Callable[[int], bool]:
        """Whether an offset lies in a direct quote (`holding`: its first character on)."""
        spans = ((q.start, q.end) for q in self._article.quotes if q.kind == "direct")
        return holding(spans)

    def sentence_of(self, pos: int) -> Span:
        i = bisect_right(self._starts, pos) - 1
        text = self._article.text
        if i >= 0 and pos < (s := self._article.sentences[i]).end:
            return Span(s.start, s.end, text[s.start : s.end])
        end = min(len(text), pos + 200)
        return Span(pos, end, text[pos:end])


def _article_year(article: Article, t: Timex, places: _Places) -> bool:
    """A year the article itself writes as a date: a real date expression (not a bare
    figure, a clock time or words in quotation marks, `written_year`), outside the
    direct quotes it reports."""
    if t.type != "DATE" or not _YEAR_IN_TEXT.search(t.text):
        return False
    if places.quoted(t.start):
        return False
    return written_year(article.text, t, places.sentence_of(t.start).start)


def explicit_dates(article: Article) -> list[DatedSentence]:
    """Dates written with a year in the text ("February 2011", "the 2011 season"), not as
    a bound or comparison, with their sentences."""
    out: list[DatedSentence] = []
    places = _Places(article)
    for t in article.timexes:
        if not _article_year(article, t, places):
            continue
        m = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", t.value)
        if m is None or is_reference_point(article.text, t.start, t.end):
            continue
        out.append(DatedSentence(m.group(0), places.sentence_of(t.start)))
    return out


def _looks_ahead(text: str, start: int, sentence_start: int) -> bool:
    """A marker of the future shortly before the date, in the same phrase ("will cover the
    2011 season"); not across another clause or a reference ("will cope, as long as we
    avoid the mistakes of 1918")."""
    lo = max(sentence_start, start - _LOOK_BACK)
    before = text[lo:start]
    markers = [m for m in _AHEAD.finditer(before) if not _NOUN_BEFORE.search(before, 0, m.start())]
    if not markers:
        return False
    gap = before[markers[-1].end() :]
    if any(ch in gap for ch in ",;:()"):
        return False
    words = [w.lower() for w in _GAP.findall(gap)]
    return len(words) <= _MAX_GAP_WORDS and not _LINK_WORDS.intersection(words)


def own_date_anachronisms(article: Article) -> list[Flag]:
    """Years long past that a dated article writes as ahead of it."""
    published = article.published_date
    if published is None:
        return []
    found: list[Span] = []
    years: list[str] = []
    places = _Places(article)
    for t in article.timexes:
        if not _article_year(article, t, places) or not t.value[:4].isdigit():
            continue
        if published.year - int(t.value[:4]) < MIN_YEARS_BACK:
            continue
        if is_reference_point(article.text, t.start, t.end):
            continue
        sentence = places.sentence_of(t.start)
        if _looks_ahead(article.text, t.start, sentence.start):
            found.append(sentence)
            years.append(t.value[:4])
    if not found:
        return []
    shown = ", ".join(sorted(set(years)))
    return [
        Flag(
            "anachronism",
            "warning",
            f"presents {shown} as ahead although it was published on {published.isoformat()}: "
            "old material presented as current?",
            tuple(found[:5]),
        )
    ]


def _day(value: str, *, end: bool) -> dt.date:
    """The first (or last) day a YYYY[-MM[-DD]] value covers."""
    year = int(value[:4])
    if len(value) >= 10:
        return dt.date.fromisoformat(value[:10])
    if len(value) >= 7:
        month = int(value[5:7])
        if not end:
            return dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def story_anachronism(
    dates: list[DatedSentence], span: tuple[dt.date, dt.date] | None
) -> Flag | None:
    """An undated article whose latest written date lies far outside its story's span."""
    if span is None or not dates:
        return None
    latest = max(dates, key=lambda d: _day(d.value, end=True))
    last_day = _day(latest.value, end=True)
    start, end = span
    before = (start - last_day).days
    after = (_day(latest.value, end=False) - end).days
    if before < STORY_GAP_DAYS and after < STORY_GAP_DAYS:
        return None
    when = "before" if before >= STORY_GAP_DAYS else "after"
    gap = max(before, after) // 365
    evidence = tuple({d.sentence for d in dates if d.value[:4] == latest.value[:4]})
    return Flag(
        "anachronism",
        "warning",
        f"undated, and the latest date it writes out ({latest.value}) lies {gap} year"
        f"{'s' if gap != 1 else ''} {when} its story ({start.isoformat()} to {end.isoformat()}): "
        "what it presents as current is from another time",
        tuple(sorted(evidence, key=lambda s: s.start))[:5],
    )
