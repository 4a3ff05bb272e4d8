"""A person's name followed by a description set off by commas right before the verb the
parse found no subject for ("At the harbour, Ana Ruiz, the club's president and general
manager, suggested that ..."; "“...,” Senator Tom Hale, Democrat of Vell, told the
mayor"): the name is the verb's subject, the description only says who the person is.
A long description between the two commas throws the parse off the subject, and the
quote was given to nobody, or run on from the speaker before."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from storyline.model import EntityMention

__all__ = ["described_before_verb", "name_before_appositive"]

_DESCRIPTION_TO_VERB = re.compile(
    r"\s*,\s*[^\s,;:!?\"“”()\[\]]"
    r"[^,;:!?\"“”()\[\]\n]{0,89}?\s*,\s*(?:(?:has|have|had|also|later|then)\s+)?"
)
"""The description's opening comma, the description (one phrase: no comma, bracket,
colon or quotation mark inside), its closing comma and a perfect's auxiliary."""
_SET_OFF_BEFORE = re.compile(r"(?:^|[,\n]|[.!?]\s|(?:''|[\"”’])(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
"""What may stand before the name: a comma, a sentence's or a line's start, or a closing
quotation mark and a title or two ("“...,” Senator Tom Hale")."""
_BEFORE_CHARS = 60


def described_before_verb(text: str, end: int, cue_start: int) -> bool:
    """Whether only a description set off by commas stands between a subject ending at
    `end` and its verb at `cue_start` (", a former director of the A.F.L.-C.I.O., wrote")."""
    return _DESCRIPTION_TO_VERB.fullmatch(text, end, cue_start) is not None


def name_before_appositive(
    text: str, cue_start: int, entities: Sequence[EntityMention], starts: Sequence[int]
) -> tuple[int, int] | None:
    """The span of the person named right before a description set off by commas and
    the verb at `cue_start`; None when the nearest person's name before the verb stands
    otherwise (inside a phrase: "In a letter to Ana Ruiz, the mayor, the board said";
    owning a noun: "Ana Ruiz's lawyer, Tom Hale, said" is Tom Hale's, found elsewhere).
    `starts`: each mention's start, in the order of `entities`."""
    i = bisect_left(starts, cue_start) - 1
    while i >= 0 and entities[i].label != "PERSON":
        i -= 1
    if i < 0:
        return None
    e = entities[i]
    if not described_before_verb(text, e.end, cue_start):
        return None
    if not _SET_OFF_BEFORE.search(text[max(0, e.start - _BEFORE_CHARS) : e.start]):
        return None
    return e.start, e.end
