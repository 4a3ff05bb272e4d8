"""The people an article names in full, by the last word of the name, for the resolver's
question of which person a name written without a first name means.

`SpeakerResolver._known_person` asked it by walking every mention before the source for
each source: on a 70,000-word page with 1,400 sources and 4,000 names that grew with the
square of the page. The walk kept only full names whose words hold every word written and
whose last word is one of them, so the names are indexed by their last word once.
"""

from __future__ import annotations

from bisect import bisect_left

from storyline.analyze.quotes.discourse import Discourse
from storyline.model import EntityMention

__all__ = ["FullNames"]


class FullNames:
    """The PERSON mentions of a `Discourse` named in full (two words or more), outside a
    byline or credit, by the last word of the name (case folded), in text order."""

    def __init__(self, d: Discourse) -> None:
        self._by_last: dict[str, list[tuple[int, EntityMention]]] = {}
        for i, e in enumerate(d.entities):
            name = e.canonical or e.text
            if e.label != "PERSON" or " " not in name or d.credits.covers(e.start):
                continue
            self._by_last.setdefault(name.split()[-1].casefold(), []).append((i, e))

    def only_one(self, wanted: set[str], before: int) -> EntityMention | None:
        """The mention of the one full name among the first `before` mentions (in the
        discourse's order) whose words (case folded) hold every word of `wanted` and end in
        one of them, its last such mention; None when no name or several fit."""
        names: set[str] = set()
        last: tuple[int, EntityMention] | None = None
        for word in wanted:
            held = self._by_last.get(word, [])
            for i, e in held[: bisect_left(held, before, key=lambda h: h[0])]:
                name = e.canonical or e.text
                if wanted <= {w.casefold() for w in name.split()}:
                    names.add(name)
                    if last is None or i > last[0]:
                        last = (i, e)
        return last[1] if len(names) == 1 and last is not None else None
