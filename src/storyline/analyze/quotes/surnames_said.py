"""A bare surname source whose full name only an earlier source phrase gives.

The recogniser misses some names whole ("Clara Vennholt, a forensic accountant with the
audit office, said ..."): the speaker resolver still reads the phrase's head as who
spoke, but no person mention carries the name, so the entity stage cannot link the
surname written later ("'...,' Vennholt said") to it, and a reader would be shown the
bare surname. News calls a person by the surname once it has named them in full: a
source written as one capitalised word that the recogniser marked as nothing, equal to
the last word of exactly one name an earlier source phrase of the article gave (two to
three capitalised words, no title among them), is that person. The recogniser's label
for that name is no guide (it calls "Ines Mavro" a product, "Ines Mavrodi" a body) except
a place's: a body is not called by its name's last word alone ("Velmar Energy" is never
"Energy said"), so the match itself says a person. Two such names, or none,
leave the surname as written.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.roles import HONORIFICS, ROLE_HEADS
from storyline.analyze.quotes.discourse import Discourse
from storyline.model import Span

__all__ = ["surname_said_before"]

_SURNAME = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
"""One capitalised word, a double-barrelled one included ("Holloway-Pike")."""
_FULL_NAME = re.compile(r"(?:[A-Z][a-z'’]+\s){1,2}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
"""Two or three capitalised words: the shape of a person's full name."""

_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def surname_said_before(d: Discourse, start: int, end: int) -> tuple[str, Span] | None:
    """The full name (and where an earlier source phrase wrote it) that the bare surname
    text[start:end] stands for; None when the text does not tell."""
    word = d.text[start:end].strip()
    if not _SURNAME.fullmatch(word) or d.overlapping(start, end):
        return None
    found: dict[str, Span] = {}
    for said in d.history:
        sp = said.speaker
        if said.pos >= start or sp.start is None or sp.end is None:
            continue
        name = sp.canonical if sp.named else (sp.text if sp.resolution == "description" else None)
        if name is None or not _FULL_NAME.fullmatch(name) or name.split()[-1] != word:
            continue
        if said.label in _PLACE_LABELS:
            continue
        if any(w.casefold() in ROLE_HEADS or w.casefold() in HONORIFICS for w in name.split()):
            continue
        evidence = sp.resolved_from or Span(sp.start, sp.end, sp.text)
        found.setdefault(name, evidence)
    if len(found) != 1:
        return None
    name, evidence = found.popitem()
    return name, evidence
