"""Whether a transcript turn's label is a reader's handle in a live chat ("Velmar City :
Why did the treasury not act ?", "Kestra Bank : I enjoyed the program").

An online chat prints each reader's question under a handle the reader chose: a town
("Velmar City :"), "Anonymous", or any name at all, a company's included. The words are
the reader's, not the town's or the company's. A page is read as such a chat when at least
two of its turn labels are only a place or "Anonymous"; there, a label that names no
person is a handle, and its turn names no speaker a reader could be shown.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.discourse import Discourse

__all__ = ["reader_handle"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ANONYMOUS = frozenset({"anonymous"})
_FILLER = frozenset({",", "."})


_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.?!] ))\s*([A-Z][\w.'’-]*(?:\s+(?:,|[A-Z][\w.'’-]*)){0,3})\s+:\s"
)
"""A turn label opening a line or following a sentence's end: one to four capitalised
words (a comma allowed, "Southampton , NY"), then a spaced colon."""
_COLON_AFTER = re.compile(r"\s*:\s")


def _place_or_anonymous(d: Discourse, start: int, end: int) -> bool:
    label = d.text[start:end].strip()
    if label.casefold() in _ANONYMOUS:
        return True
    places = [e for e in d.overlapping(start, end) if e.label in _PLACE_LABELS]
    if not places:
        return False
    rest = d.text[start:end]
    for e in sorted(places, key=lambda e: -e.start):
        rest = rest[: max(0, e.start - start)] + rest[e.end - start :]
    return all(w in _FILLER for w in rest.split())


def reader_handle(d: Discourse, start: int, end: int) -> bool:
    """Whether text[start:end] is a turn label of a reader chat that names no person."""
    if _COLON_AFTER.match(d.text, end) is None:
        return False
    if any(e.label == "PERSON" for e in d.overlapping(start, end)):
        return False
    chat = 0
    for m in _LABEL.finditer(d.text):
        if _place_or_anonymous(d, m.start(1), m.end(1)):
            chat += 1
            if chat >= 2:
                return True
    return False
