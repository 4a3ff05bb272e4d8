"""Where a text writes a given word, from one pass over the text.

Several entity rules ask, for each distinct name of an article, where the article writes
that word alone ("Scheme" capitalised only at sentence starts, "scheme" in lower case
elsewhere). A regular-expression scan per name costs the whole text each time: on a
70,000-word page with a few thousand names that was seconds, growing with the square of
the page. The text's words are indexed once instead, and each question is a lookup.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

__all__ = ["whole_word_starts"]

_RUN = re.compile(r"[\w-]+")
"""A maximal run of word characters and hyphens: the unit "a word standing alone" is
measured against (no letter, digit or hyphen joined to it on either side)."""


@lru_cache(maxsize=4)
def _index(text: str) -> Mapping[str, tuple[int, ...]]:
    """Each run's text -> where it starts, in text order (the last few texts kept: one
    article's rules ask about the same text and its address-free copy)."""
    starts: defaultdict[str, list[int]] = defaultdict(list)
    for m in _RUN.finditer(text):
        starts[m.group()].append(m.start())
    return {run: tuple(at) for run, at in starts.items()}


def _word_characters_only(word: str) -> bool:
    return bool(word) and all(c.isalnum() or c == "_" for c in word)


def whole_word_starts(text: str, word: str) -> Sequence[int]:
    """Where `text` writes `word` with no letter, digit or hyphen joined to it on either
    side (`(?<![\\w-])word(?![\\w-])`), in text order. A word of letters and digits is a
    lookup in the text's index (such a word stands alone exactly where a maximal run of
    word characters and hyphens equals it); any other word is searched for."""
    if _word_characters_only(word):
        return _index(text).get(word, ())
    pattern = r"(?<![\w-])" + re.escape(word) + r"(?![\w-])"
    return [m.start() for m in re.finditer(pattern, text)]
