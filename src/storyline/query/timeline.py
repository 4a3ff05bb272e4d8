"""A stored story's timeline as its page shows it: days, sentences, citations.

Built with the options of `storyline timeline STORY_ID`; reading every article of
the story, it is too slow to repeat per page view, so `query.story_parts` keeps it
in the page cache.
"""

from __future__ import annotations

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

__all__ = ["STORY_TIMELINE", "build_story_timeline", "timeline_view"]

STORY_TIMELINE = TimelineOptions(max_dates=10, sentences_per_date=2)
"""The same options as `storyline timeline STORY_ID` without flags."""


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


def build_story_timeline(engine: Storyline, story_id: str) -> TimelineView:
    """The timeline of a resolved story id, built from all of its articles (read with only
    what a timeline uses: the same timeline as `storyline timeline`, a fraction of the reads)."""
    articles = page_reads(engine).story_timeline_articles(story_id)
    return timeline_view(build_timeline(articles, STORY_TIMELINE), {a.id: a for a in articles})
