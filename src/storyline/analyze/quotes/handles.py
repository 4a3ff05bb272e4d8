"""Whether a transcript turn's label is a reader's handle in a live chat ("Velmar City :
Why did the treasury not act ?", "Kestra Bank : I enjoyed the program").

An online chat prints each reader's question under a handle the reader chose: a town
("Velmar City :"), "Anonymous", or any name at all, a company's included. The words are
the reader's, not the town's or the company's. Which pages are such chats is the colon
reader's decision (`colons.reader_chat`: questions signed with a place or "Anonymous"),
so the quote list and the speaker agree; there, a label that names no person is a
handle, and its turn names no speaker a reader could be shown.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from storyline.analyze.quotes.colons import reader_chat
from storyline.analyze.quotes.discourse import Discourse

__all__ = ["reader_handle"]

_COLON_AFTER = re.compile(r"\s*:\s")
_CHATS: WeakKeyDictionary[Discourse, bool] = WeakKeyDictionary()
"""Each article's answer to `reader_chat`, asked once: it reads the whole page, and every
label of a transcript asks (on a 70,000-word page, a page's read for each label)."""


def reader_handle(d: Discourse, start: int, end: int) -> bool:
    """Whether text[start:end] is a turn label of a reader chat that names no person."""
    if _COLON_AFTER.match(d.text, end) is None:
        return False
    if any(e.label == "PERSON" for e in d.overlapping(start, end)):
        return False
    chat = _CHATS.get(d)
    if chat is None:
        chat = _CHATS[d] = reader_chat(d.text, d.entities)
    return chat
