"""A timeline from a collection of annotated articles: days chosen, sentences chosen, all cited.

Pure over its input (articles with sentences and timexes from the `sentences`
and `time` stages), so the CLI, the API and the evaluation share it. Problems
with the input (no articles, nothing dated, keywords that match nothing) never
raise: they come back as `notes` beside whatever timeline could be built.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.corpus.timeline.candidates import DatedSentence, collect_candidates
from storyline.corpus.timeline.dates import auto_limit, choose_days, rank_dates
from storyline.corpus.timeline.keywords import keyword_scope
from storyline.corpus.timeline.options import TimelineOptions
from storyline.corpus.timeline.settings import DEFAULT_SETTINGS, TimelineSettings
from storyline.corpus.timeline.subjects import clarify_subjects
from storyline.corpus.timeline.summarize import (
    CentroidSummarizer,
    DaySummarizer,
    Rewriter,
    TimelineLine,
)
from storyline.corpus.timeline.vectors import TfidfSpace, tokens
from storyline.model import Article, TimelineEntry

__all__ = [
    "PRECURSOR_SHARE",
    "Timeline",
    "build_timeline",
    "entry_from_lines",
    "sentence_key",
    "without_background_days",
]

_NORM = re.compile(r"\W+")
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
    settings: TimelineSettings = DEFAULT_SETTINGS,
) -> Timeline:
    """The timeline of `articles` under `options`.

    `summarizer` replaces the extractive centroid summariser; `rewriter` (off by
    default) is an abstractive step applied to the extractive lines. `settings`
    are the tuned constants (settings.py); evaluation varies them.
    Days are filled most important first, and a sentence used on one day is not
    offered to another (a sentence naming two days appears once).
    """
    options = options or TimelineOptions()
    notes: list[str] = []
    pool = [a for a in articles if a.duplicate_of is None]
    if not pool:
        return Timeline((), ("no articles to build a timeline from",))
    if not any(a.sentences for a in pool):
        return Timeline((), ("the articles have no sentences: run the 'sentences' stage first",))

    candidates = [c for c in collect_candidates(pool, lead=options.lead) if options.in_range(c.day)]
    if options.start is None:
        candidates = without_background_days(candidates, pool)
    days_of: dict[str, set[dt.date]] = defaultdict(set)
    for c in candidates:
        days_of[c.article_id].add(c.day)
    scope = keyword_scope(pool, options, settings, days_of)
    notes.extend(scope.notes)
    if len(scope.articles) < len(pool):
        pool = scope.articles
        kept_ids = {a.id for a in pool}
        candidates = [c for c in candidates if c.article_id in kept_ids]
    if not candidates:
        notes.append(_why_nothing_dated(pool, options))
        return Timeline((), tuple(notes))
    candidates = clarify_subjects(candidates, {a.id: a for a in pool})

    by_day: dict[dt.date, list[DatedSentence]] = defaultdict(list)
    for c in candidates:
        by_day[c.day].append(c)
    ranked = rank_dates(candidates, settings=settings, relevance=scope.relevance)
    limit = options.max_dates if options.max_dates is not None else auto_limit(ranked, settings)
    if options.newest:
        days = sorted({s.day for s in ranked})[-limit:]
    else:
        days = choose_days(ranked, limit, start=options.start, end=options.end, settings=settings)

    if summarizer is None:
        # in the candidates' order, not a set's: the topic profile sums floats in this
        # order, and two lines of a day that tie would swap with the process's hash seed
        unique_texts = list(dict.fromkeys(c.text for c in candidates))
        space = TfidfSpace(tokens(t) for t in unique_texts)
        topic = space.profile(tokens(t) for t in unique_texts)
        summarizer = CentroidSummarizer(space, scope.keywords, topic, settings)
    n = options.sentences_per_date
    importance = {s.day: i for i, s in enumerate(ranked)}
    used: set[str] = set()
    chosen: dict[dt.date, list[TimelineLine]] = {}
    for day in sorted(days, key=lambda d: importance.get(d, len(importance))):
        offered = [c for c in by_day[day] if sentence_key(c.text) not in used]
        lines = summarizer(day, offered, n * REWRITE_POOL if rewriter else n)
        if rewriter is not None:
            lines = rewriter(day, lines, n)
        for line in lines:
            used.update(sentence_key(s.text) for s in line.sources)
        if lines:
            chosen[day] = lines
    entries = tuple(entry_from_lines(day, chosen[day]) for day in sorted(chosen))
    kept = tuple(tuple(chosen[day]) for day in sorted(chosen))
    return Timeline(entries, tuple(notes), kept)


PRECURSOR_SHARE = 0.05
"""Of a story's articles, the share that must name a day before its first report for that
day to be the story's own (the blast the coverage starts from is named by most reports; a
1969 spill or a 2001 attack recalled by one or two is background)."""
MIN_PRECURSOR_ARTICLES = 2


def without_background_days(
    candidates: list[DatedSentence], pool: Sequence[Article]
) -> list[DatedSentence]:
    """The candidates without days of history: a day before the story's first article
    counts only when at least `PRECURSOR_SHARE` of its articles (and two) name it. An
    explicit --start shows whatever it asks for."""
    published = [a.published_date for a in pool if a.published_date is not None]
    if not published:
        return candidates
    first = min(published)
    naming: dict[dt.date, set[str]] = defaultdict(set)
    for c in candidates:
        if c.day < first:
            naming[c.day].add(c.article_id)
    least = max(MIN_PRECURSOR_ARTICLES, PRECURSOR_SHARE * len(pool))
    return [c for c in candidates if c.day >= first or len(naming[c.day]) >= least]


def sentence_key(text: str) -> str:
    """What makes two sentences the same line: their words, case and punctuation aside."""
    return _NORM.sub(" ", text.lower()).strip()


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
