"""The article's names near a place, for rules that read only the words around a source.

The rules that shape a source phrase (an appositive name before the verb, the name heading
a description, a second name joined by "and") each look a few words past the phrase. Handed
every name of the article, each walked all of them for every quote: on a 70,000-word page
with 1,400 quotes and 4,000 names that was millions of steps, growing with the square of
the page. They are handed the names near the phrase instead, found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from storyline.model import EntityMention

__all__ = ["NEAR_CHARS", "NamesNear"]

NEAR_CHARS = 200
"""How far past a source phrase and its verb the names handed on reach (besides twice the
longest name, for a phrase that grows over a name and then looks past it): the rules read
at most a few words beyond them (three role words, "and", a comma)."""


class NamesNear:
    """An article's entity mentions by where they start."""

    def __init__(self, entities: Sequence[EntityMention]) -> None:
        self._entities = entities
        self._order = sorted(range(len(entities)), key=lambda i: entities[i].start)
        self._starts = [entities[i].start for i in self._order]
        self._longest = max((e.end - e.start for e in entities), default=0)

    def around(self, start: int, end: int) -> list[EntityMention]:
        """The mentions touching [start - reach, end + reach], in the article's order."""
        reach = NEAR_CHARS + 2 * self._longest
        lo = bisect_left(self._starts, start - reach - self._longest)
        hi = bisect_left(self._starts, end + reach)
        return [self._entities[i] for i in sorted(self._order[lo:hi])]
