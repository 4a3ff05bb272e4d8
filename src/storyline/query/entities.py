"""Entities: the canonical list, and one entity's page (mentions over time, stories, quotes)."""

from __future__ import annotations

from storyline.engine import Storyline
from storyline.model import Entity
from storyline.query.access import page_reads, resolve_story
from storyline.query.quotes import quote_view
from storyline.query.records import EntityList, EntityPage, EntityStory, EntityView, StoryRef

__all__ = ["entity_list", "entity_page", "entity_view"]


def entity_view(e: Entity) -> EntityView:
    return EntityView(e.id, e.name, e.type, e.aliases, e.roles, e.mentions)


def entity_list(engine: Storyline, *, type: str | None = None, limit: int = 100) -> EntityList:
    """The most mentioned entities (of one type: person, place, organisation, ...)."""
    return EntityList(tuple(entity_view(e) for e in engine.entities(type=type, limit=limit)))


def entity_page(
    engine: Storyline, name: str, *, stories: int = 20, quotes: int = 50
) -> EntityPage | None:
    """The entity named `name` (its canonical name or any alias), or None."""
    entity = engine.entity(name)
    if entity is None:
        return None
    names = sorted({entity.name, *entity.aliases})
    reads = page_reads(engine)
    counts: dict[str, int] = {}
    titles: dict[str, str] = {}
    for assigned, n in reads.mention_stories(names, stories):
        label = resolve_story(engine, assigned)
        if label is not None:
            counts[label.id] = counts.get(label.id, 0) + n
            titles[label.id] = label.title
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return EntityPage(
        entity=entity_view(entity),
        mentions=tuple(reads.mention_days(names)),
        stories=tuple(EntityStory(StoryRef(s, titles[s]), n) for s, n in ranked),
        quotes=tuple(quote_view(a, q) for a, q in reads.speaker_quotes(names, quotes)),
    )
