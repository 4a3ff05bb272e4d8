"""A story's entities as the store's canonical entities: each of the story's mentions is
counted under the entity the whole store merged its name into, with that entity's one
name and type.

Built from the story's mentions alone, a story split what the store joins: a short form
("Gulf" LOC) stayed apart from its long name ("Gulf of Mexico" FAC) because the few
articles of the story held too little to join them, and a reader saw two rows for one
place, typed differently, in the story's top entities.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from storyline.corpus.entities import (
    canonical_groups,
    entities_from_mentions,
    entity_of,
    mention_key,
)
from storyline.model import Entity, EntityMention

__all__ = ["story_entities"]


def story_entities(
    store_mentions: Iterable[EntityMention], story_mentions: Iterable[EntityMention]
) -> list[Entity]:
    """The story's entities, most mentioned in the story first: the store's canonical
    entity (built from `store_mentions`) of each of `story_mentions`, with the story's
    mention count. A story mention whose name the store does not hold (a store read while
    being written) is counted under its own name, never dropped."""
    by_key: dict[str, Entity] = {}
    for g in canonical_groups(store_mentions):
        built = entity_of(g)
        for key in g.keys:
            by_key[key] = built
    counts: Counter[str] = Counter()
    found: dict[str, Entity] = {}
    missing: list[EntityMention] = []
    for m in story_mentions:
        entity = by_key.get(mention_key(m))
        if entity is None:
            missing.append(m)
            continue
        counts[entity.id] += 1
        found[entity.id] = entity
    out = [dataclasses.replace(e, mentions=counts[i]) for i, e in found.items()]
    out += entities_from_mentions(missing)
    out.sort(key=lambda e: (-e.mentions, e.name))
    return out
