"""A quotation set out as a paragraph of its own and signed on the line after it with a
dash and a name ("... to the top 1 percent."  /  "- Marisol Quenby."), as fact checks and
readers' letters print them: the name signed is who said the words. No verb of saying is
written, so no attribution is found for them, and the quote would be given to nobody or
to the speaker of the quote before.
"""

from __future__ import annotations

import re

__all__ = ["signed_after"]

_SIGNATURE = re.compile(
    r"[ \t]*\n\s*[-–—][ \t]*"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
    r"[ \t]*(?:,[^\n]{0,120})?[.]?[ \t]*(?:\n|$)"
)
"""The line after a quotation: a dash, a name of capitalised words, and an optional
description after a comma ("-Tomas Orlov, Velmar Falls.")."""


def signed_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name signed on the line right after quoted words `start`..`end`
    that stand as a paragraph of their own, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None  # the quote is part of a sentence: its speaker is written there
    m = _SIGNATURE.match(text, end)
    if m is None:
        return None
    name_end = m.end(1)
    if text[name_end - 1] == ".":
        name_end -= 1  # the sentence's full stop, not an initial's
    return m.start(1), name_end
