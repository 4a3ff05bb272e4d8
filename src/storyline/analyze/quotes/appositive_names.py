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

__all__ = ["described_before_verb", "name_after_mark", "name_before_appositive"]

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
_DESCRIPTION_CHARS = 100
"""The longest stretch of description and commas between the name and its verb."""


def described_before_verb(text: str, end: int, cue_start: int) -> bool:
    """Whether only a description set off by commas stands between a subject ending at
    `end` and its verb at `cue_start` (", a former director of the A.F.L.-C.I.O., wrote")."""
    return _DESCRIPTION_TO_VERB.fullmatch(text, end, cue_start) is not None


def name_before_appositive(
    text: str, cue_start: int, entities: Sequence[EntityMention], starts: Sequence[int]
) -> tuple[int, int] | None:
    """The span of the person named right before a description set off by commas and
    the verb at `cue_start`; None when no person's name stands so. A name inside the
    description ("Tom Hale, a top outside Ruiz adviser, said", "Ana Ruiz, Tom Hale's
    lawyer, said") is passed over for the one it describes; a name inside a phrase ("In a
    letter to Ana Ruiz, the mayor of Vell, the board said") is none. `starts`: each
    mention's start, in the order of `entities`."""
    i = bisect_left(starts, cue_start) - 1
    while i >= 0 and cue_start - entities[i].end <= _DESCRIPTION_CHARS:
        e = entities[i]
        i -= 1
        if e.label != "PERSON" or not described_before_verb(text, e.end, cue_start):
            continue
        if _SET_OFF_BEFORE.search(text[max(0, e.start - _BEFORE_CHARS) : e.start]):
            return e.start, e.end
        return None
    return None


_AFTER_MARK = re.compile(r"(?:''|[\"”’])(?:\s+[A-Z][\w.'’-]*){0,3}\s+$")
"""A closing quotation mark and at most a title or two before a name ("” Senator ")."""


def name_after_mark(
    text: str, cue_start: int, entities: Sequence[EntityMention], starts: Sequence[int]
) -> tuple[int, int] | None:
    """The span of a person's name standing between closing quotation marks and the verb
    at `cue_start`, with nothing but a description set off by commas between name and
    verb ("(“...,” Marla Quint wrote in the paper)"): the verb's subject, where the parse
    took a phrase before the quotation for it. None when no name stands so."""
    i = bisect_left(starts, cue_start) - 1
    while i >= 0 and entities[i].label != "PERSON" and entities[i].end > cue_start - 100:
        i -= 1
    if i < 0 or entities[i].label != "PERSON":
        return None
    e = entities[i]
    if text[e.end : cue_start].strip() and not described_before_verb(text, e.end, cue_start):
        return None
    if not _AFTER_MARK.search(text[max(0, e.start - _BEFORE_CHARS) : e.start]):
        return None
    return e.start, e.end
