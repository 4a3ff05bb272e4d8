"""The body a description names again by repeating words of its name ("the health board"
for the "Caldera Provincial Health Board" named paragraphs before).

`descriptions.described_again` reads "the board" back only over the two sentences before
it: past them, another board may have come up. A description that repeats a word of the
name besides its kind ("the health board", "the transport ministry", "the harbour
authority") says which body it is wherever the name stood, as long as the article names
only one body of that kind carrying those words, and no new one ("a health board") is
introduced after it. A bare "the board" is left to the window: a firm's board of
directors is a board too. Word classes only, never a list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.discourse import Discourse
from storyline.model import EntityMention

__all__ = ["kind_named_before"]


def kind_named_before(
    d: Discourse, head: str, modifiers: list[str], start: int
) -> EntityMention | None:
    """The one organisation named before `start` whose name ends in `head` (a noun of a
    kind of body) and holds every word of `modifiers`; None without modifiers, for none
    or two such bodies, or when a new one of the kind is introduced after the last."""
    if not modifiers:
        return None
    found: dict[str, EntityMention] = {}
    for e in d.entities[: bisect_left(d.starts, start)]:
        if e.label != "ORG" or d.quoted(e.start) or d.credits.covers(e.start):
            continue
        name = e.canonical or e.text
        words = [w.casefold() for w in name.split()]
        if len(words) < 2 or words[-1] != head:
            continue
        if all(m in words[:-1] for m in modifiers):
            found[name] = e
    if len(found) != 1:
        return None
    body = max(found.values(), key=lambda e: e.start)
    new_one = re.compile(rf"(?i)\b(?:an?|another|one)\s+(?:[\w'’-]+\s+){{0,4}}{head}s?\b")
    if new_one.search(d.text, body.end, start):
        return None
    return body
