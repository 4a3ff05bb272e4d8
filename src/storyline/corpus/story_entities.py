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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from storyline.analyze.entities.aliases import name_key
from storyline.corpus.entities import (
    canonical_groups,
    entities_from_mentions,
    entity_of,
    mention_key,
)
from storyline.corpus.story_first_words import join_story_first_words
from storyline.corpus.story_initials import join_story_initials
from storyline.corpus.story_place_spellings import join_story_place_spellings
from storyline.model import Entity, EntityMention

__all__ = ["StoreEntities", "counted_mentions", "story_entities", "story_entities_in"]


@dataclass(frozen=True, slots=True)
class StoreEntities:
    """The store's canonical entities by the key of every name merged into each (with all
    of the entity's keys): built once from the store's mentions, read for every story."""

    by_key: dict[str, tuple[Entity, frozenset[str]]]

    @classmethod
    def build(cls, store_mentions: Iterable[EntityMention]) -> StoreEntities:
        """From the store's mentions: every key each entity was merged from."""
        by_key: dict[str, tuple[Entity, frozenset[str]]] = {}
        for g in canonical_groups(store_mentions):
            built, keys = entity_of(g), frozenset(g.keys)
            for key in keys:
                by_key[key] = (built, keys)
        return cls(by_key)

    @classmethod
    def of_entities(cls, entities: Iterable[Entity]) -> StoreEntities:
        """From the store's built entity list (Storyline.entities, rebuilt once per version
        of the mentions and kept in the store), keyed by each entity's name and written
        aliases: reading it costs the number of entities, not of mentions, so listing the
        entities of many stories does not group every mention again. The most mentioned
        entity keeps a key two share."""
        by_key: dict[str, tuple[Entity, frozenset[str]]] = {}
        for e in sorted(entities, key=lambda e: -e.mentions):
            keys = frozenset(k for k in map(name_key, (e.name, *e.aliases)) if k)
            for key in keys:
                by_key.setdefault(key, (e, keys))
        return cls(by_key)


def story_entities(
    store_mentions: Iterable[EntityMention], story_mentions: Iterable[EntityMention]
) -> list[Entity]:
    """`story_entities_in` the store built from `store_mentions`."""
    return story_entities_in(StoreEntities.build(store_mentions), story_mentions)


def story_entities_in(
    store: StoreEntities,
    story_mentions: Iterable[EntityMention],
    weights: Sequence[int] | None = None,
) -> list[Entity]:
    """The story's entities, most mentioned in the story first. Each story mention is first
    written as the store's canonical entity of its name (its name and its one type), then
    the story's mentions are merged as any corpus is, so a join the store makes ("Gulf" of
    "Gulf of Mexico") and one only the story supports ("Obama" where the story names one
    Obama in full, the store two) both hold. A lone word the store read as a person named
    in full takes that name only when the story names them in full (`_supported`). Every
    story mention is counted, none dropped; `weights` says how many times each counts."""
    story = list(story_mentions)
    story_keys = {mention_key(m) for m in story}
    written: list[EntityMention] = []
    store_entities: dict[str, Entity] = {}
    for m in story:
        key = mention_key(m)
        entity, keys = store.by_key.get(key, (None, frozenset()))
        if entity is not None and _supported(key, entity, keys, story_keys):
            store_entities[entity.id] = entity
            m = dataclasses.replace(m, canonical=entity.name, label=entity.type)
        written.append(m)
    out = []
    joined = join_story_initials(join_story_first_words(written, weights))
    joined, spelled = join_story_place_spellings(joined, weights)
    for e in entities_from_mentions(joined, weights):
        found = store_entities.get(e.id)
        spelling = (spelled[e.name],) if e.name in spelled else ()
        if found is not None or spelling:  # the store's reasons for its joins, then the story's
            stored = found.alias_evidence if found is not None else ()
            evidence = tuple(dict.fromkeys([*stored, *e.alias_evidence, *spelling]))
            e = dataclasses.replace(e, alias_evidence=evidence)
        out.append(e)
    return out


def counted_mentions(
    store: StoreEntities, counts: Mapping[str, int]
) -> tuple[list[EntityMention], list[int]]:
    """A story's mentions as its state counts them (each canonical name written, with how
    many times: `StoryState.entities`), typed as the store types the name, one mention per
    name with its count as its weight: what Storyline.story_entities reads, so it needs
    none of the story's articles and costs the story's names, not its mentions. A name the store
    does not hold (its mentions since deleted) is left out."""
    mentions: list[EntityMention] = []
    weights: list[int] = []
    for name, n in sorted(counts.items()):
        found = store.by_key.get(name_key(name))
        if found is None or n <= 0:
            continue
        mentions.append(EntityMention(0, 0, name, found[0].type, name, None))
        weights.append(n)
    return mentions, weights


def _supported(key: str, entity: Entity, keys: frozenset[str], story_keys: set[str]) -> bool:
    """Whether the story supports reading a lone name as the store's person: a single word
    the store joined to a person's full name ("Vale" of "Dana Vale") is that person in the
    story only when the story writes a full name of theirs too; else the store chose among
    people the story never names (another "Vale"), and the word stays as written."""
    if entity.type != "PERSON" or " " in key or key == name_key(entity.name):
        return True
    return any(" " in k and k in story_keys for k in keys)
