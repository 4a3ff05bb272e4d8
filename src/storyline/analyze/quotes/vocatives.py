"""Whether a sentence addresses someone by name ("I think what I'm calling for, Marek, is
a council"): the person addressed is the one being spoken to, never the speaker.

A transcript that lost a turn label ("ROSSEL: And what happens then? ... I think what I'm
calling for, Rossel, is ...") runs the guest's answer into the host's turn; the "I" of
the answer would be read as the host's. The host's own name, set off by commas in the
answer, says the words are spoken to the host, so the "I" is left unresolved.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.discourse import Discourse

__all__ = ["addressed", "addresses"]

_VOCATIVE = re.compile(r"(?:,|^)\s*([A-Z][a-z][\w'’-]*)\s*(?:,(?=\s+[a-z])|[?!.](?=\s|$))")
"""A capitalised word set off by commas before a lower-case word (", Marek , is"), or
closing its sentence after a comma (", Marek ?")."""


def addresses(text: str, lo: int, hi: int, name: str) -> bool:
    """Whether text[lo:hi] (a sentence) calls someone by one word of `name` set off as a
    vocative."""
    words = set(name.split())
    return any(m.group(1) in words for m in _VOCATIVE.finditer(text[lo:hi]))


def addressed(d: Discourse, start: int, name: str | None) -> bool:
    """Whether the sentence holding offset `start` addresses `name` (see `addresses`)."""
    if name is None or not d.sentences:
        return False
    sentence = d.sentences[d.sentence_of(start)]
    return addresses(d.text, sentence.start, sentence.end, name)
