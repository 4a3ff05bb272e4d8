"""The story listing and the story page: one record each, shared by the page and /api."""

from __future__ import annotations

from dataclasses import replace

from storyline.engine import Storyline
from storyline.query.access import page_reads, resolve_story, story_summary
from storyline.query.records import StoryList, StoryPage
from storyline.query.story_parts import story_parts

__all__ = ["story_list", "story_page"]


def story_list(engine: Storyline, *, offset: int = 0, limit: int = 50) -> StoryList:
    """Active stories, largest first (as `storyline stories`), one page of them."""
    reads = page_reads(engine)
    items = []
    for story_id in reads.stories_by_size(offset, limit):
        label = resolve_story(engine, story_id)
        if label is not None:
            items.append(story_summary(label))
    return StoryList(items=tuple(items), offset=offset, limit=limit, total=reads.count_stories())


def story_page(engine: Storyline, story_id: str, *, article_limit: int = 200) -> StoryPage | None:
    """The story now holding `story_id`, or None when no story ever had that id.

    At most `article_limit` articles are listed (by date); `more_articles` says how
    many more there are (the API pages through all of them).
    """
    label = resolve_story(engine, story_id)
    if label is None:
        return None
    reads = page_reads(engine)
    resolved = label.id
    articles, total = reads.story_articles(resolved, article_limit)
    articles = [replace(a, story_id=resolved) for a in articles]
    parts = story_parts(engine, resolved)
    return StoryPage(
        story=story_summary(label, tuple(reads.story_volume(resolved))),
        requested=story_id,
        timeline=parts.timeline,
        claims=parts.claims,
        series=parts.series,
        quotes=parts.quotes,
        speakers=parts.speakers,
        outlets=parts.outlets,
        articles=tuple(articles),
        more_articles=max(0, total - len(articles)),
        related=tuple(replace(a, story_id=resolved) for a in reads.story_related(resolved)),
    )
