"""A body's first word written alone in one story is the body the story names in full
("Harlow" in one article, "Harlow Mae" in another): inside one article name resolution
joins them (analyze/entities/resolve.py), but across a story's articles the store keeps a
lone word apart unless a common head follows it ("Department"), since over the whole store
the word may name another body. One story is narrow enough for the text to decide: the
word joins when the story names exactly one body starting with it, and no other name of
the story holds the word (a person "Cade Harlow", a place "Harlow Bay").

Run by story_entities.py on the story's mentions once written as the store's entities.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from storyline.corpus.entities import mention_key
from storyline.corpus.entity_groups import MISTYPED_RATIO
from storyline.model import EntityMention

__all__ = ["join_story_first_words"]

_WORD_LABELS = frozenset({"ORG", "PERSON", "PRODUCT"})
"""Types a body's first word may carry alone: the recogniser types an unknown word a person
or a product by its shape; a place's or a people's word may name what the body is named
after, and stays so."""

_TOWN_SERVICE = frozenset(
    {"police", "fire", "sheriff", "sheriffs", "department", "council", "schools", "district"}
)
"""Words that name a town's public service after the town ("Velmar Police Department",
"Velmar Fire Department"): the town's name written alone is the town, not its service."""


def join_story_first_words(
    mentions: Sequence[EntityMention], weights: Sequence[int] | None = None
) -> list[EntityMention]:
    """`mentions` with each lone word that is the story's one body's first word written as
    that body (named and typed so). A word written alone more than `MISTYPED_RATIO` times
    as often as the body is a name of its own ("Senate" beside one "Senate Party").
    `weights` says how many times each mention counts (as `canonical_groups`)."""
    keys = [mention_key(m) for m in mentions]
    bodies: dict[str, Counter[str]] = {}
    body_names: dict[str, str] = {}
    taken: set[str] = set()
    lone: Counter[str] = Counter()
    counts = weights if weights is not None else [1] * len(mentions)
    for m, key, n in zip(mentions, keys, counts, strict=True):
        words = key.split()
        if len(words) > 1 and m.label == "ORG" and not _TOWN_SERVICE.issuperset(words[1:]):
            bodies.setdefault(words[0], Counter())[key] += n
            body_names.setdefault(key, (m.canonical or m.text).strip())
        elif len(words) > 1:
            taken.update(words)
        elif words and m.label in _WORD_LABELS:
            lone[key] += n
    out = []
    for m, key in zip(mentions, keys, strict=True):
        found = bodies.get(key) if key in lone and key not in taken else None
        written = (m.canonical or m.text).strip()
        if (
            found is not None
            and len(found) == 1
            and m.label in _WORD_LABELS
            and written[:1].isupper()
            and not written.isupper()
            and lone[key] <= MISTYPED_RATIO * sum(found.values())
        ):
            body = next(iter(found))
            m = dataclasses.replace(m, canonical=body_names[body], label="ORG")
        out.append(m)
    return out
