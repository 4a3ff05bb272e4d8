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

__all__ = ["body_said_before", "kind_named_before", "opening_name"]


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


def body_said_before(d: Discourse, lo: int, start: int) -> EntityMention | None:
    """The body a bare "a spokesperson" at `start` speaks for when the sentences from `lo`
    name no body but a description resolved to one ("The health board said ... A
    spokesperson said"): the one body the sources from `lo` read as a body's description
    named again, as its first mention (for how it is written); None for none or two."""
    bodies = {
        s.speaker.canonical: s.speaker.resolved_from
        for s in d.history
        if lo <= s.pos < start
        and s.speaker.resolution == "role"
        and s.label == "ORG"
        and s.speaker.canonical
        and s.speaker.resolved_from is not None
    }
    if len(bodies) != 1:
        return None
    evidence = next(iter(bodies.values()))
    assert evidence is not None
    named = [e for e in d.overlapping(evidence.start, evidence.end) if e.label == "ORG"]
    return named[0] if named else None


_NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_UNMARKED_NAME = re.compile(r"\s*((?:[A-Z][a-z'’-]+\s){1,2}[A-Z][a-z'’-]+)(?=\s*,)")
"""Two or three capitalised words opening a sentence, a comma after them: a name set off
by an appositive ("Clara Vennholt, a forensic accountant with ...")."""


def opening_name(d: Discourse, lo: int, hi: int) -> EntityMention | None:
    """The name the sentence text[lo:hi] opens with, for `named_next` to read its
    appositive: the first mention when nothing stands before it, whatever the recogniser
    called it but a place, a date or a number ("Ines Mavro" taken for a product), else two
    or three capitalised words it marked as nothing, a comma after them (read as a
    person's name); None when the sentence opens otherwise."""
    named = d.entities[bisect_left(d.starts, lo) : bisect_left(d.starts, hi)]
    if named and not d.text[lo : named[0].start].strip():
        first = named[0]
        return first if first.label not in _NOT_NAMES else None
    m = _UNMARKED_NAME.match(d.text, lo, hi)
    if m is None or m.group(1).split()[0] == "The" or d.overlapping(m.start(1), m.end(1)):
        return None
    return EntityMention(m.start(1), m.end(1), m.group(1), "PERSON")
