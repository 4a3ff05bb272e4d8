"""What a person sees of a story: a short title, its time span, outlets and size.

The title is the headline of the story's most central article (closest to the
centroid when it joined); a story of untitled articles falls back to its heaviest
entities and terms, which name the who and where better than a first sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.corpus.stories.records import StoryState

__all__ = ["StoryLabel", "story_label"]


@dataclass(frozen=True, slots=True)
class StoryLabel:
    id: str
    title: str
    start: str | None
    end: str | None
    outlets: tuple[str, ...]
    count: int
    top_terms: tuple[str, ...]
    top_entities: tuple[str, ...]
    central_article: str | None


def _top(weights: dict[str, float] | dict[str, int], n: int) -> tuple[str, ...]:
    return tuple(k for k, _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def story_label(story: StoryState, *, terms: int = 6) -> StoryLabel:
    entities = _top(story.entities, 5)
    top_terms = _top(story.terms, terms)
    title = story.title.strip()
    if not title:
        title = ", ".join((entities or top_terms)[:4]) or "(untitled story)"
    return StoryLabel(
        id=story.id,
        title=title,
        start=story.start,
        end=story.end,
        outlets=_top(story.outlets, 10),
        count=story.count,
        top_terms=top_terms,
        top_entities=entities,
        central_article=story.central_id,
    )
