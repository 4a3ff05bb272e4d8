"""Whether a page is a live page: updates stamped with a clock time, one after another.

A live page (a "live blog") keeps being written after its dateline: its updates
carry a time of day ("Update 10:15 p.m. in Cairo", "4.29pm: ...") but no date, so
the day after publication is still "today" for the update that says "on Saturday".
A bare weekday there names a day near the dateline on either side, not, as in a
finished article, the last such day before it (anchor.weekday_date): read as the
day before, a live page's Saturday update lands six days early.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["MIN_STAMPS", "is_live_page"]

MIN_STAMPS = 2
"""Stamped updates a page needs: one stamp is a timestamped article, two are a feed."""

_CLOCK = r"\d{1,2}[.:]\d{2}"
_ZONE = r"(?:[ap]\.?[^\S\n]?m\.?|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT)"
_STAMP = re.compile(
    rf"(?im)^[^\S\n]*(?:-LRB-|[(\[])?[^\S\n]*"
    rf"(?:(?:updated?|posted)\b[:\s]*(?:at[^\S\n]+)?{_CLOCK}|{_CLOCK}[^\S\n]*{_ZONE}(?![a-z]))"
)
"""At a line's start: "Update 8:45 p.m.", "(Updated at 14:05", "[4.29pm", "11:03 GMT"."""


def is_live_page(text: str) -> bool:
    """Whether `text` has at least MIN_STAMPS lines opening with a clock-time stamp."""
    stamps = _STAMP.finditer(text)
    return len(list(itertools.islice(stamps, MIN_STAMPS))) >= MIN_STAMPS
