"""Indirect speech holding quoted phrases is indirect ("She said the outbreak was
"probably still growing" and that ...": the writer's paraphrase, a few words quoted).

A cue's words were labelled direct whenever quotation marks stood in them. Direct
speech is the speaker's own words from its first word; a quote that opens with the
writer's words ("the vote was "fair" but that ...") is reported speech that borrows
some of the speaker's words (mixed quotation), and is indirect.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from storyline.analyze.quotes.marks import QuoteMark

__all__ = ["quote_kind"]


def quote_kind(
    text: str, start: int, end: int, marks: Sequence[QuoteMark], verbatim: bool
) -> Literal["direct", "indirect"]:
    """ "direct" for a transcript's own words or words that open inside their marks;
    "indirect" for unmarked words and for words that open outside the marks they hold."""
    if verbatim:
        return "direct"
    first = next((i for i in range(start, end) if not text[i].isspace()), start)
    return "direct" if any(m.start <= first < m.end for m in marks) else "indirect"
