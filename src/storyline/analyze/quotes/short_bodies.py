"""The body a bare "a spokesman" speaks for, named just before by the first word of its
name alone where the recogniser marked nothing.

News names a body in full once ("Pellmore Infrastructure Partners offered ...") and then
by its first word ("Pellmore declined to comment. A spokesman said ..."). The recogniser
misses some of those short forms, so `named_again.spoken_for` finds no body in the
sentence before and a reader is shown "A spokesman". A sentence opening with one
capitalised word marked as nothing, a lower-case word after it, that is the first word of
exactly one organisation's name of two words or more the article gave before, has that
body as its subject. Word shapes only, never a list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.discourse import Discourse
from storyline.model import EntityMention

__all__ = ["modifies_a_thing", "short_name_subject"]

_OPENING = re.compile(r"\s*([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+[a-z]")
"""A capitalised word opening a sentence with a lower-case word (its verb) after it."""
_RUN = re.compile(r"\b([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?:\s+(?:&\s+)?[A-Z][\w'’-]*)+")
"""A capitalised word and the capitalised words after it: a name as the text writes it,
marked or not, so that "Pellmore Capital Group" counts beside an unmarked "Pellmore
Infrastructure Partners"."""


def short_name_subject(d: Discourse, lo: int, start: int) -> EntityMention | None:
    """The organisation whose name's first word alone opens, unmarked, the sentence that
    `lo` starts or the one `start` lies in, before `start`, as its subject; the full
    name's first mention (how it is written). None for none, two, or a word that is the
    first of two bodies' names."""
    found: dict[str, EntityMention] = {}
    for sentence in d.sentences[d.sentence_of(lo) : d.sentence_of(start) + 1]:
        m = _OPENING.match(d.text, sentence.start, min(sentence.end, start))
        if m is None or d.overlapping(m.start(1), m.end(1)):
            continue
        word = m.group(1)
        bodies = {
            (e.canonical or e.text): e
            for e in d.entities[: bisect_left(d.starts, m.start(1))]
            if e.label == "ORG"
            and len((e.canonical or e.text).split()) >= 2
            and (e.canonical or e.text).split()[0] == word
        }
        runs = {r.group() for r in _RUN.finditer(d.text, 0, m.start(1)) if r.group(1) == word}
        if len(bodies) != 1 or len(runs) != 1:
            return None  # two bodies of the word, one of them maybe unmarked
        found.update(bodies)
    if len(found) != 1:
        return None
    return next(iter(found.values()))


_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}$")
"""An article or a possessive, and up to two lower-case words, right before a name."""
_NOUN_AFTER = re.compile(r" [a-z]+\b")


def modifies_a_thing(d: Discourse, e: EntityMention) -> bool:
    """Whether a body's name stands inside another noun's phrase, between its article and
    its noun ("comment on the new Dalcor offer", "a Dalcor plan"), or only modifies the
    noun after it as `Discourse.modifier` reads it: what the thing is of, no body that
    speaks. The tagger may take the noun for a verb ("offer"), the article still tells."""
    if d.modifier(e):
        return True
    return bool(
        _DETERMINED.search(d.text, max(0, e.start - 40), e.start)
        and _NOUN_AFTER.match(d.text, e.end)
    )
