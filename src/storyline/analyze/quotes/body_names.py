"""A body's name runs on through "for" or "of" ("The Coalition for Fair Elections said",
not "The Coalition").

The attribution reader cuts a source phrase at a preposition so that "officials in
Vell" is no speaker "Vell". When the word before the preposition is a body's kind noun
written with a capital ("Coalition", "Committee", "Ministry") and capitalised words
follow, the preposition is inside the body's name, and the phrase shown a reader must
hold all of it.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.body_subjects import BODY_NOUNS

__all__ = ["with_body_name_tail"]

_TAIL = re.compile(
    r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+|&\s+|of\s+|for\s+)?[A-Z][\w'-]*)*"
)
"""A preposition and the capitalised words of the rest of a name ("for Fair Elections")."""
_LAST_WORD = re.compile(r"([A-Z][a-z]+)\s*$")


def with_body_name_tail(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """`source` run on to the end of a body's name its cut left out, else as it is."""
    last = _LAST_WORD.search(text, source[0], source[1])
    if last is None or last.start() == source[0] or last.group(1).casefold() not in BODY_NOUNS:
        return source
    tail = _TAIL.match(text, source[1])
    if tail is None or _CALENDAR.match(text, tail.start()):
        return source
    return (source[0], tail.end())


_CALENDAR = re.compile(
    r"\s+\w+\s+(?:the\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\s+\w+\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
)
"""A day or month after the preposition ("The Security Council on Friday"): when the
body spoke, not the rest of its name."""
