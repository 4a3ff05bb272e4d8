"""A quotation set out as a paragraph of its own and signed on the line after it, or at
the end of its own line, with a dash and a name ("... to the top 1 percent."  /  "- Marisol
Quenby.", `“...” ― Marisol Quenby`), as fact checks, readers' letters and collected
reactions print them: the name signed is who said the words. No verb of saying is
written, so no attribution is found for them, and the quote would be given to nobody or
to the speaker of the quote before.
"""

from __future__ import annotations

import re

__all__ = ["signed_after"]

_SIGNATURE = re.compile(
    r"[ \t\xa0]*(?:\n\s*)?[-–—―][ \t\xa0]*"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
    r"[ \t\xa0]*(?:,[^\n]{0,120})?[.]?[ \t\xa0]*(?:\n|$)"
)
"""The line after a quotation, or the rest of the quotation's own line: a dash (also a
quotation dash, "―"), a name of capitalised words, and an optional description after a
comma ("-Tomas Orlov, Velmar Falls.", `“...” ― Marisol Quenby`), closing the line."""


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
