"""Colon lines that are no one's words: a caption, a standfirst or a page's furniture
opening the page (`colon_standfirst`), and the upper-case label of a transcript's turn
(`transcript_label`), which the stage reads as turns rather than quotes."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.analyze.quotes.attribution import Attribution
from storyline.analyze.quotes.page_breaks import headline_term, page_label, standfirst
from storyline.model import EntityMention

__all__ = ["colon_standfirst", "transcript_label"]


def colon_standfirst(
    text: str, a: Attribution, taken: Sequence[int], entities: Sequence[EntityMention]
) -> bool:
    """Whether a colon attribution is a caption or a standfirst opening the page
    (`page_breaks.standfirst`, told whether the label names a person): no transcript
    turn, and no cue of the line's own before the colon that the label took over. A label
    of the page's furniture ("PUBLISHED :") is one even before words read as verbatim, and
    so is a label before a headline's term in marks (`headline_term`)."""
    if a.content is None:
        return False
    if page_label(text, a.cue_start) or headline_term(text, *a.content):
        return True
    if a.verbatim:
        return False
    line_start = text.rfind("\n", 0, a.cue_start) + 1
    if any(line_start <= t < a.cue_start for t in taken):
        return False
    person = a.source is not None and any(
        e.label == "PERSON" and e.start < a.source[1] and a.source[0] < e.end for e in entities
    )
    return standfirst(text, a.cue_start, a.content[0], person)


def transcript_label(source: str) -> bool:
    """Whether a colon's source is a transcript label ("ZAKARIA", "ANA RUIZ"): upper case,
    not a headline's name ("Ruiz: ...")."""
    words = source.split()
    return bool(words) and source.isupper() and sum(len(w) for w in words) > 2
