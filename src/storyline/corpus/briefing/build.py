"""A one-page briefing over a story's articles: a pure function, rendered elsewhere.

Sections, in the order a reader needs them: the latest developments (the most
recent days of the timeline, newest first), who said what (quotes grouped by
resolved speaker), the numbers (claims by category, with as-of date and
source), where sources disagree (different numbers for the same category and
day), and what is new since a given day. Every item carries the article id and
character span it comes from, so each line can be checked against its source.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.corpus.timeline import Timeline, TimelineOptions, build_timeline
from storyline.model import Article, Claim, Quote

__all__ = [
    "Briefing",
    "Cited",
    "Development",
    "Disagreement",
    "NumberReport",
    "SpeakerQuotes",
    "build_briefing",
]

LATEST_DAYS = 4
RECENT_WINDOW = 14
"""Days before the latest one the "latest developments" may come from."""
QUOTES_PER_SPEAKER = 3
MAX_SPEAKERS = 8


@dataclass(frozen=True, slots=True)
class Cited:
    """A piece of article text and exactly where it is."""

    text: str
    article_id: str
    start: int
    end: int
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Development:
    date: str
    sentences: tuple[Cited, ...]


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    speaker: str
    named: bool
    quotes: tuple[Cited, ...]
    total: int


@dataclass(frozen=True, slots=True)
class NumberReport:
    """One reported number: "more than 32,000 killed" as of a day, from one article."""

    category: str
    value: float
    qualifier: str
    unit: str | None
    as_of: str | None
    speaker: str | None
    source: Cited


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources giving different numbers for the same category and day."""

    category: str
    as_of: str
    reports: tuple[NumberReport, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    title: str
    articles: int
    first_day: str | None
    last_day: str | None
    latest: tuple[Development, ...]
    quotes: tuple[SpeakerQuotes, ...]
    numbers: tuple[tuple[str, tuple[NumberReport, ...]], ...]
    disagreements: tuple[Disagreement, ...]
    since: str | None = None
    new_since: tuple[Development, ...] = ()
    new_articles: int = 0
    notes: tuple[str, ...] = ()


def build_briefing(
    articles: Sequence[Article], *, since: dt.date | None = None, title: str = "Briefing"
) -> Briefing:
    """The briefing of a story; never raises on thin input, says what is missing in `notes`."""
    pool = [a for a in articles if a.duplicate_of is None] or list(articles)
    by_id = {a.id: a for a in pool}
    notes: list[str] = []
    if not pool:
        notes.append("the story has no articles")
    days = sorted(d for d in (a.published_date for a in pool) if d is not None)
    latest = _developments(pool, by_id, None, days[-1] if days else None, notes)
    new_since: tuple[Development, ...] = ()
    new_articles = 0
    if since is not None:
        new_articles = sum(1 for d in days if d > since)
        new_since = _developments(pool, by_id, since + dt.timedelta(days=1), None, [])
    reports = [r for a in pool for r in _number_reports(a)]
    if pool and not any(a.quotes for a in pool):
        notes.append("no quotes found (were the quotes stage run?)")
    if pool and not reports:
        notes.append("no reported numbers found (were the claims stage run?)")
    return Briefing(
        title=title,
        articles=len(pool),
        first_day=days[0].isoformat() if days else None,
        last_day=days[-1].isoformat() if days else None,
        latest=latest,
        quotes=_quotes_by_speaker(pool),
        numbers=_numbers_by_category(reports),
        disagreements=_disagreements(reports),
        since=since.isoformat() if since else None,
        new_since=new_since,
        new_articles=new_articles,
        notes=tuple(notes),
    )


def _cite(article: Article, start: int, end: int, text: str | None = None) -> Cited:
    return Cited(
        text if text is not None else " ".join(article.text[start:end].split()),
        article.id,
        start,
        end,
        article.outlet,
        article.published,
    )


def _developments(
    pool: list[Article],
    by_id: dict[str, Article],
    start: dt.date | None,
    last: dt.date | None,
    notes: list[str],
) -> tuple[Development, ...]:
    if not pool:
        return ()
    if start is None and last is not None:
        start = last - dt.timedelta(days=RECENT_WINDOW)
    options = TimelineOptions(max_dates=LATEST_DAYS, sentences_per_date=2, start=start, end=None)
    timeline: Timeline = build_timeline(pool, options)
    notes.extend(timeline.notes)
    out: list[Development] = []
    for entry, lines in zip(timeline.entries, timeline.lines, strict=False):
        cited = tuple(
            _cite(by_id[s.article_id], s.start, s.end, line.text)
            for line in lines
            for s in line.sources[:1]
        )
        out.append(Development(entry.date, cited))
    return tuple(reversed(out))


def _speaker_key(quote: Quote) -> tuple[str, bool]:
    speaker = quote.speaker
    if speaker is None:
        return "unattributed", False
    name = speaker.canonical or speaker.text
    return " ".join(name.split()) or "unattributed", speaker.named


def _quotes_by_speaker(pool: list[Article]) -> tuple[SpeakerQuotes, ...]:
    groups: dict[tuple[str, bool], list[Cited]] = defaultdict(list)
    for article in pool:
        for quote in article.quotes:
            groups[_speaker_key(quote)].append(_cite(article, quote.start, quote.end, quote.text))
    ranked = sorted(
        groups.items(),
        key=lambda kv: (kv[0][0] == "unattributed", not kv[0][1], -len(kv[1]), kv[0][0]),
    )
    return tuple(
        SpeakerQuotes(name, named, tuple(_latest_first(cited)[:QUOTES_PER_SPEAKER]), len(cited))
        for (name, named), cited in ranked[:MAX_SPEAKERS]
    )


def _latest_first(cited: list[Cited]) -> list[Cited]:
    return sorted(cited, key=lambda c: c.published or "", reverse=True)


def _number_reports(article: Article) -> list[NumberReport]:
    return [_report(article, c) for c in article.claims]


def _report(article: Article, claim: Claim) -> NumberReport:
    as_of = claim.as_of or (article.published[:10] if article.published else None)
    return NumberReport(
        category=claim.category,
        value=claim.value,
        qualifier=claim.qualifier,
        unit=claim.unit,
        as_of=as_of,
        speaker=claim.speaker,
        source=_cite(article, claim.start, claim.end, claim.text),
    )


def _numbers_by_category(
    reports: list[NumberReport],
) -> tuple[tuple[str, tuple[NumberReport, ...]], ...]:
    groups: dict[str, list[NumberReport]] = defaultdict(list)
    for r in reports:
        groups[r.category].append(r)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "other", -len(kv[1]), kv[0]))
    return tuple(
        (category, tuple(sorted(items, key=lambda r: (r.as_of or "", r.value))))
        for category, items in ordered
    )


def _disagreements(reports: list[NumberReport]) -> tuple[Disagreement, ...]:
    groups: dict[tuple[str, str, str | None], list[NumberReport]] = defaultdict(list)
    for r in reports:
        if r.as_of and r.category != "other":
            groups[(r.category, r.as_of[:10], r.unit)].append(r)
    out: list[Disagreement] = []
    for (category, day, _unit), items in sorted(groups.items(), key=lambda kv: kv[0][:2]):
        articles = {r.source.article_id for r in items}
        values = {r.value for r in items}
        if len(articles) > 1 and len(values) > 1:
            out.append(Disagreement(category, day, tuple(sorted(items, key=lambda r: r.value))))
    return tuple(out)
