"""A live blog's clock label is no part of a speaker ("13:30 - Ana Ruiz says ...").

A live page opens each entry with the time it was posted and a dash ("10:40 - A
senior official tells us ..."). The parse reads the label into the subject of the
entry's first verb, so the speaker a reader was shown began with the clock
("10:40 - A senior official"). The label is the page's, not the source's: the source
phrase starts after it.
"""

from __future__ import annotations

import re

__all__ = ["after_clock_label"]

_CLOCK_LABEL = re.compile(
    r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[AaPp]\.?[Mm]\.?(?!\w))?\s*"
    r"(?:[-\u2013\u2014|:]|GMT|UTC)?\s*"
)
"""An hour and minutes ("9:05", "13.30", "1:05 AM", "9:40 p.m."), then the dash, bar or
colon that ends the label."""


def after_clock_label(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """The source span without a clock label opening it, or the span as it is when it
    opens with no label or holds nothing else (a lone "13:30" is left to other rules)."""
    m = _CLOCK_LABEL.match(text, source[0], source[1])
    if m is None or not any(c.isalpha() for c in text[m.end() : source[1]]):
        return source
    return (m.end(), source[1])
