"""A stored story's timeline for its page, built once per version of the story.

Building a timeline reads every article of the story and ranks its sentences:
far too slow to repeat for each page view. The result is kept in the page cache
under the story's version (members, last assignment, last re-analysis) and the
timeline code's own digest, so it is rebuilt exactly when either changes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import lru_cache
from importlib import resources
from typing import Any

from storyline.corpus.timeline import Timeline, TimelineOptions, build_timeline
from storyline.engine import Storyline
from storyline.model import Article
from storyline.query.access import page_reads
from storyline.query.records import (
    ArticleRef,
    TimelineCitation,
    TimelineDay,
    TimelineSentence,
    TimelineView,
)

__all__ = ["STORY_TIMELINE", "story_timeline", "timeline_from_json", "timeline_view"]

STORY_TIMELINE = TimelineOptions(max_dates=10, sentences_per_date=2)
"""The same options as `storyline timeline STORY_ID` without flags."""


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Changes when the timeline code or this view of it changes: old cache rows then miss."""
    h = hashlib.sha256(repr(STORY_TIMELINE).encode())
    for entry in sorted(resources.files("storyline.corpus.timeline").iterdir(), key=str):
        if entry.name.endswith(".py"):
            h.update(entry.read_bytes())
    h.update(resources.files("storyline.query").joinpath("timeline.py").read_bytes())
    return h.hexdigest()[:16]


def _ref(article: Article) -> ArticleRef:
    return ArticleRef(article.id, article.title, article.outlet, article.published)


def timeline_view(timeline: Timeline, articles: dict[str, Article]) -> TimelineView:
    """Each day's sentences, each citing the article spans it was taken from."""

    def ref(article_id: str) -> ArticleRef:
        found = articles.get(article_id)
        return _ref(found) if found else ArticleRef(article_id, None, None, None)

    days = []
    for i, entry in enumerate(timeline.entries):
        lines = timeline.lines[i] if i < len(timeline.lines) else ()
        if lines:
            sentences = tuple(
                TimelineSentence(
                    line.text,
                    tuple(
                        TimelineCitation(ref(s.article_id), s.start, s.end) for s in line.sources
                    ),
                )
                for line in lines
            )
        else:
            cited = tuple(TimelineCitation(ref(a), 0, 0) for a in entry.article_ids)
            sentences = tuple(TimelineSentence(text, cited) for text in entry.sentences)
        days.append(TimelineDay(entry.date, sentences))
    return TimelineView(entries=tuple(days), notes=timeline.notes)


def timeline_from_json(data: dict[str, Any]) -> TimelineView:
    """The inverse of `dataclasses.asdict` on a TimelineView (the cache's format)."""
    return TimelineView(
        entries=tuple(
            TimelineDay(
                day["date"],
                tuple(
                    TimelineSentence(
                        s["text"],
                        tuple(
                            TimelineCitation(ArticleRef(**c["article"]), c["start"], c["end"])
                            for c in s["citations"]
                        ),
                    )
                    for s in day["sentences"]
                ),
            )
            for day in data["entries"]
        ),
        notes=tuple(data["notes"]),
    )


def story_timeline(engine: Storyline, story_id: str) -> TimelineView:
    """The timeline of a resolved story id, from the cache when the story has not changed."""
    reads = page_reads(engine)
    key = f"timeline:{story_id}"
    version = f"{reads.story_version(story_id)}:{_code_digest()}"
    cached = reads.cached(key, version)
    if cached is not None:
        return timeline_from_json(json.loads(cached))
    try:
        articles = engine.story_articles(story_id)
    except KeyError:
        return TimelineView(entries=(), notes=(f"no story {story_id}",))
    view = timeline_view(build_timeline(articles, STORY_TIMELINE), {a.id: a for a in articles})
    reads.store_cached(key, version, json.dumps(asdict(view)))
    return view
