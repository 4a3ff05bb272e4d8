"""Entries of a dated list: where a pronoun's own entry begins.

A chronology page lists events one entry a line or paragraph ("May 28 - Senator Vell
tours the coast . `` The cost is ours , '' he said ."). Each entry is a separate little
report: a "he" in one stands for someone its own entry names, never for a person named
only in the entry before, however near in the text. The entry is read from its shape
alone -- a line opening with a calendar date and a dash or colon -- with the date
the titles' dated-entry check reads (`ENTRY_DATE_PATTERN`).
"""

from __future__ import annotations

import re

from storyline.ingest.headers import ENTRY_DATE_PATTERN

__all__ = ["entry_start"]

_DATED_ENTRY = re.compile(
    rf"[^\S\n]*\W*{ENTRY_DATE_PATTERN}[^\S\n]*(?:--|-|–|—|:)[^\S\n]+(?=[A-Z\"“‘`'])"
)
"""A date and a dash or colon opening a line ("May 2 - The board votes ...", "2 May: ..."),
the shape corpus.stories.title_labels reads as a dated entry."""


def entry_start(text: str, pos: int) -> int | None:
    """The offset where the dated-list entry holding `pos` begins (its line's start), or
    None when the line holding `pos` does not open with a date and a dash or colon."""
    line = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    found = _DATED_ENTRY.match(text, line, len(text) if end < 0 else end)
    return line if found is not None else None
