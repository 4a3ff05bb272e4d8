"""How page queries reach storage: the engine's store, through the page reads and stories."""

from __future__ import annotations

from storyline.corpus.stories.labels import StoryLabel, story_label
from storyline.engine import Storyline
from storyline.query.reads import PageReads
from storyline.query.records import DayCount, StorySummary

__all__ = ["page_reads", "resolve_story", "resolved_story_id", "story_summary"]


def page_reads(engine: Storyline) -> PageReads:
    return engine.store.page_reads()


def resolve_story(engine: Storyline, story_id: str) -> StoryLabel | None:
    """The label of the story now holding `story_id` (merges followed), or None."""
    repo = engine.store.stories()
    found = repo.get_story(repo.resolve(story_id))
    return story_label(found) if found is not None else None


def story_summary(label: StoryLabel, volume: tuple[DayCount, ...] = ()) -> StorySummary:
    return StorySummary(
        id=label.id,
        title=label.title,
        start=label.start,
        end=label.end,
        count=label.count,
        outlets=label.outlets,
        top_entities=label.top_entities,
        volume=volume,
    )


def resolved_story_id(engine: Storyline, story_id: str | None) -> str | None:
    """Follow merges from an assigned story id (None stays None)."""
    if story_id is None:
        return None
    return engine.store.stories().resolve(story_id)
