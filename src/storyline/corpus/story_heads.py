"""A body's head noun written alone in one story is the one body of the story with that head
("Council" beside "Tarn Security Council"): an article names the body in full, then calls
it by its head; across the store the head names many bodies and stays apart, but a story
naming exactly one body with that last word has only that one to mean, and a reader saw
two rows for one body in the story's top entities.

The word joins only when it is typed a body, the story names exactly one multi-word body
ending in it, no other name of the story holds it (a person "Ana Council", a place
"Council Bluffs") nor opens a longer name the store holds ("House" of "House Energy
Committee": "House" beside "White House" is another body), and it is not written more
than `MISTYPED_RATIO` times as often as the body (then it names a body of its own). Run
by story_entities.py after the first-word join; it reads the store's and the story's
names only, never a list of names.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence

from storyline.corpus.entities import mention_key
from storyline.corpus.entity_groups import MISTYPED_RATIO
from storyline.model import EntityMention

__all__ = ["join_story_heads"]


def join_story_heads(
    mentions: Sequence[EntityMention],
    weights: Sequence[int] | None = None,
    starts: Iterable[str] = (),
) -> list[EntityMention]:
    """`mentions` with each lone body word that is the last word of the story's one body
    so ending written as that body. `weights`: how many times each mention counts;
    `starts`: names (keys) the store holds: a word that opens a longer one of them ("House"
    of "House Energy Committee") names bodies of its own, and stays apart even where the
    story names one body ending in it ("White House")."""
    keys = [mention_key(m) for m in mentions]
    opening = {words[0] for k in starts if len(words := k.split()) > 1}
    counts = weights if weights is not None else [1] * len(mentions)
    bodies: dict[str, Counter[str]] = {}
    names: dict[str, str] = {}
    taken: set[str] = set()
    lone: Counter[str] = Counter()
    for m, key, n in zip(mentions, keys, counts, strict=True):
        words = key.split()
        if len(words) > 1 and m.label == "ORG":
            bodies.setdefault(words[-1], Counter())[key] += n
            names.setdefault(key, (m.canonical or m.text).strip())
            taken.update(words[:-1])
        elif len(words) > 1:
            taken.update(words)
        elif words and m.label == "ORG":
            lone[key] += n
    out = []
    for m, key in zip(mentions, keys, strict=True):
        apart = key in taken or key in opening
        found = bodies.get(key) if m.label == "ORG" and key in lone and not apart else None
        written = (m.canonical or m.text).strip()
        if (
            found is not None
            and len(found) == 1
            and written[:1].isupper()
            and not written.isupper()
            and lone[key] <= MISTYPED_RATIO * sum(found.values())
        ):
            m = dataclasses.replace(m, canonical=names[next(iter(found))])
        out.append(m)
    return out
