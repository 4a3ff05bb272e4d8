"""Who a source span refers to: a named entity, a pronoun's antecedent, a role, or nobody named.

Resolution is deliberately local and explainable: a name inside the span wins;
a personal pronoun takes the most recent named person speaking or mentioned
before it; a role noun ("the prime minister", "the spokesman") takes the
person the article gave that role; anything else stays an unnamed
description ("a top Israeli official") with named=False.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.model import EntityMention, Speaker

__all__ = ["SpeakerResolver"]

_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
_GROUP = frozenset({"they", "we", "it", "them"})
_FIRST = frozenset({"i", "me"})
_SPEAKING_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_LOOKBACK_CHARS = 1500


class SpeakerResolver:
    """Resolves source spans of one article, remembering who spoke last."""

    def __init__(self, text: str, entities: Sequence[EntityMention]) -> None:
        self.text = text
        self.entities = sorted(entities, key=lambda e: e.start)
        self._starts = [e.start for e in self.entities]
        self.last_person: tuple[int, str] | None = None

    def resolve(self, start: int, end: int) -> Speaker:
        surface = self.text[start:end]
        inside = [e for e in self._overlapping(start, end) if self._names_speaker(e, start, end)]
        if inside:
            best = min(inside, key=lambda e: (_SPEAKING_LABELS.index(e.label), e.start))
            canonical = best.canonical or best.text
            if best.label == "PERSON":
                self.last_person = (start, canonical)
            return Speaker(surface, start, end, canonical, True)
        words = surface.lower().split()
        if len(words) == 1 and words[0] in _PERSONAL:
            name = self._antecedent(start)
            if name:
                self.last_person = (start, name)
            return Speaker(surface, start, end, name, name is not None)
        if len(words) == 1 and words[0] in _GROUP | _FIRST:
            return Speaker(surface, start, end, None, False)
        role_holder = self._role_holder(words, start)
        if role_holder:
            self.last_person = (start, role_holder)
            return Speaker(surface, start, end, role_holder, True)
        return Speaker(surface, start, end, None, False)

    def latest_mention(self, speaker: Speaker, before: int) -> Speaker:
        """The same speaker at its most recent mention before `before` (a quote continuing)."""
        if speaker.canonical is None:
            return speaker
        i = bisect_left(self._starts, before) - 1
        while i >= 0 and (speaker.start is None or self.entities[i].start > speaker.start):
            e = self.entities[i]
            if (e.canonical or e.text) == speaker.canonical:
                return Speaker(e.text, e.start, e.end, speaker.canonical, True)
            i -= 1
        return speaker

    def _names_speaker(self, e: EntityMention, start: int, end: int) -> bool:
        """A person anywhere in the phrase names it; another entity only as its head.

        "a top Israeli official" is not Israel speaking, and "a spokesman for
        the ministry" is not the ministry, but "the Foreign Ministry" is.
        """
        if e.label == "PERSON":
            return True
        if e.label not in _SPEAKING_LABELS:
            return False
        tail = self.text[e.end : end].strip(" ,'’s")
        lead = self.text[start : e.start].lower()
        return not tail and not any(f" {p} " in f" {lead}" for p in ("of", "for", "at", "from"))

    def _overlapping(self, start: int, end: int) -> list[EntityMention]:
        i = max(0, bisect_left(self._starts, start) - 1)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end > start:
                out.append(e)
            i += 1
        return out

    def _antecedent(self, start: int) -> str | None:
        i = bisect_left(self._starts, start) - 1
        nearest: tuple[int, str] | None = None
        while i >= 0 and start - self.entities[i].start < _LOOKBACK_CHARS:
            e = self.entities[i]
            if e.label == "PERSON":
                nearest = (e.start, e.canonical or e.text)
                break
            i -= 1
        last = self.last_person
        if (
            last
            and start - last[0] < _LOOKBACK_CHARS
            and (nearest is None or last[1] == nearest[1])
        ):
            return last[1]
        if last and nearest and nearest[0] < last[0]:
            return last[1]
        return nearest[1] if nearest else (last[1] if last else None)

    def _role_holder(self, words: list[str], start: int) -> str | None:
        if not words or words[0] not in {"the", "a"} or len(words) > 5:
            return None
        heads = [w for w in words if w.strip(".,") in ROLE_HEADS]
        if not heads or words[0] == "a":
            return None
        head = heads[-1]
        holders = [
            e
            for e in self.entities
            if e.label == "PERSON" and e.role and head in e.role.lower() and e.start < start
        ]
        names = {e.canonical or e.text for e in holders}
        if len(names) == 1:
            return names.pop()
        return (holders[-1].canonical or holders[-1].text) if holders else None
