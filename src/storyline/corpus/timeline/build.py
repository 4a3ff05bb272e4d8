"""A timeline from a collection of annotated articles: days chosen, sentences chosen, all cited.

Pure over its input (articles with sentences and timexes from the `sentences`
and `time` stages), so the CLI, the API and the evaluation share it. Problems
with the input (no articles, nothing dated, keywords that match nothing) never
raise: they come back as `notes` beside whatever timeline could be built.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.corpus.timeline.candidates import DatedSentence, collect_candidates
from storyline.corpus.timeline.dates import choose_days, rank_dates
from storyline.corpus.timeline.keywords import KeywordMatcher
from storyline.corpus.timeline.options import TimelineOptions
from storyline.corpus.timeline.summarize import (
    CentroidSummarizer,
    DaySummarizer,
    Rewriter,
    TimelineLine,
)
from storyline.corpus.timeline.vectors import TfidfSpace, tokens
from storyline.model import Article, TimelineEntry

__all__ = ["Timeline", "build_timeline", "entry_from_lines"]

REWRITE_POOL = 3
"""A rewriter sees this many extractive lines per line it must produce."""


@dataclass(frozen=True, slots=True)
class Timeline:
    """Entries in date order, plus what a user should know about how they were made.

    `lines[i]` holds the lines of `entries[i]` with the sentences each came
    from, for renderers that cite sentence by sentence.
    """

    entries: tuple[TimelineEntry, ...]
    notes: tuple[str, ...] = ()
    lines: tuple[tuple[TimelineLine, ...], ...] = ()


def entry_from_lines(day: dt.date, lines: Sequence[TimelineLine]) -> TimelineEntry:
    """A TimelineEntry citing every article and span behind its lines."""
    article_ids: list[str] = []
    spans: list[tuple[str, int, int]] = []
    for line in lines:
        for s in line.sources:
            if s.article_id not in article_ids:
                article_ids.append(s.article_id)
            if (s.article_id, s.start, s.end) not in spans:
                spans.append((s.article_id, s.start, s.end))
    return TimelineEntry(
        date=day.isoformat(),
        sentences=tuple(line.text for line in lines),
        article_ids=tuple(article_ids),
        spans=tuple(spans),
    )


def build_timeline(
    articles: Iterable[Article],
    options: TimelineOptions | None = None,
    *,
    summarizer: DaySummarizer | None = None,
    rewriter: Rewriter | None = None,
) -> Timeline:
    """The timeline of `articles` under `options`.

    `summarizer` replaces the extractive centroid summariser; `rewriter` (off by
    default) is an abstractive step applied to the extractive lines.
    """
    options = options or TimelineOptions()
    notes: list[str] = []
    pool = [a for a in articles if a.duplicate_of is None]
    if not pool:
        return Timeline((), ("no articles to build a timeline from",))
    if not any(a.sentences for a in pool):
        return Timeline((), ("the articles have no sentences: run the 'sentences' stage first",))

    pool = _filter_by_keywords(pool, options.keywords, notes)
    candidates = [c for c in collect_candidates(pool, lead=options.lead) if options.in_range(c.day)]
    if not candidates:
        notes.append(_why_nothing_dated(pool, options))
        return Timeline((), tuple(notes))

    by_day: dict[dt.date, list[DatedSentence]] = defaultdict(list)
    for c in candidates:
        by_day[c.day].append(c)
    limit = options.max_dates if options.max_dates is not None else 100_000
    days = choose_days(rank_dates(candidates), limit, start=options.start, end=options.end)

    if summarizer is None:
        unique_texts = {c.text for c in candidates}
        space = TfidfSpace(tokens(t) for t in unique_texts)
        topic = space.profile(tokens(t) for t in unique_texts)
        summarizer = CentroidSummarizer(space, KeywordMatcher(options.keywords), topic)
    n = options.sentences_per_date
    entries: list[TimelineEntry] = []
    kept: list[tuple[TimelineLine, ...]] = []
    for day in days:
        lines = summarizer(day, by_day[day], n * REWRITE_POOL if rewriter else n)
        if rewriter is not None:
            lines = rewriter(day, lines, n)
        if lines:
            entries.append(entry_from_lines(day, lines))
            kept.append(tuple(lines))
    return Timeline(tuple(entries), tuple(notes), tuple(kept))


def _filter_by_keywords(
    pool: list[Article], keywords: Sequence[str], notes: list[str]
) -> list[Article]:
    matcher = KeywordMatcher(keywords)
    if not matcher:
        return pool
    words = {a.id: tokens(f"{a.title or ''} {a.text}") for a in pool}
    vocabulary: set[str] = set()
    for ws in words.values():
        vocabulary.update(ws)
    usable = matcher.restrict(vocabulary)
    if len(usable.keywords) < len(matcher.keywords):
        dropped = [" ".join(k) for k in matcher.keywords if k not in usable.keywords]
        notes.append(f"keywords not found in any article, ignored: {', '.join(dropped)}")
    if not usable:
        return pool
    return [a for a in pool if usable.count(words[a.id])]


def _why_nothing_dated(pool: list[Article], options: TimelineOptions) -> str:
    if options.start or options.end:
        return (
            f"no dated sentences between {options.start or 'the beginning'} "
            f"and {options.end or 'the end'}"
        )
    if all(a.published_date is None for a in pool) and not any(a.timexes for a in pool):
        return (
            "no dated sentences: the articles have no publication date and no "
            "day-precise date in their text (run the 'time' stage?)"
        )
    return "no dated sentences in these articles"
