"""A sentence's subject the recogniser did not mark: a person's surname opening it.

"Vale then threw the ball away over the head of Ivo Quint . He later said ..." : the
recogniser often misses a lone surname at a sentence's start, so the sentence seems to
name only the object, Quint, and a "he" after it would be read to him. News calls a
person by the surname once it has named them in full; a capitalised word opening the
sentence, marked as no entity, followed by a lower-case word (its verb or an adverb), and
equal to the last word of a person named earlier is that person, the sentence's subject.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.discourse import Discourse, Person
from storyline.model import Span

__all__ = ["surname_subject"]

_OPENING = re.compile(r"\s*([A-Z][a-z][\w'’-]*)\s+[a-z]")
"""A capitalised word opening a sentence with a lower-case word after it."""


def surname_subject(d: Discourse, sentence: int, people: list[Person]) -> tuple[str, Span] | None:
    """The person (name, the surname's span) whose surname opens `sentence` unmarked, when
    exactly one of `people` (named before) has that last word; None otherwise."""
    begin = d.sentences[sentence].start
    m = _OPENING.match(d.text, begin, d.sentences[sentence].end)
    if m is None or d.overlapping(m.start(1), m.end(1)):
        return None
    word = m.group(1)
    names = {p.name for p in people if p.name.split()[-1] == word and " " in p.name}
    if len(names) != 1:
        return None
    return names.pop(), Span(m.start(1), m.end(1), word)
