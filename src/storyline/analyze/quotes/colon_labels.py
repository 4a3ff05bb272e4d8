"""Colon lines that are no one's words: a caption, a standfirst or a page's furniture
opening the page (`colon_standfirst`), and the upper-case label of a transcript's turn
(`transcript_label`), which the stage reads as turns rather than quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from storyline.analyze.intervals import OffsetIndex
from storyline.analyze.quotes.attribution import Attribution
from storyline.analyze.quotes.cues import CORE_CUES, cue_lemma
from storyline.analyze.quotes.page_breaks import headline_term, page_label, standfirst
from storyline.model import EntityMention

__all__ = [
    "colon_standfirst",
    "label_end",
    "labelled_report",
    "reported_after",
    "transcript_label",
]


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


def reported_after(
    text: str, a: Attribution, others: Sequence[Attribution] | OffsetIndex[Attribution]
) -> Attribution | None:
    """The attribution that reports a colon line's words when a verb of saying with its
    own source closes the line ("Memo : the dam is leaking , Ruiz said ."): the one it
    names said the words after the colon, up to the comma before it; the label before
    the colon is a heading, no speaker. None when no such verb closes the line. `others`
    may come indexed by cue (`OffsetIndex`): every colon line of a page asks."""
    if a.content is None:
        return None
    if isinstance(others, OffsetIndex):
        others = others.within(a.content[0] + 1, a.content[1])  # the only cues that can
    for o in others:
        words_end = _closing_report(text, a.content[0], a.content[1], o)
        if words_end is not None:
            return replace(o, content=(a.content[0], words_end), content_is_phrase=False)
    return None


def labelled_report(text: str, o: Attribution) -> Attribution | None:
    """`o` with the words of its line as its content when the parse found none and the
    line is a label's ("Memo : the dam is leaking , Ruiz said .", no colon quote read
    there): Ruiz said what follows the label."""
    if o.content is not None or o.source is None:
        return None
    line_start = text.rfind("\n", 0, o.cue_start) + 1
    label = _LINE_LABEL.match(text, line_start, o.source[0])
    if label is None:
        return None
    line_end = text.find("\n", o.cue_end)
    words_end = _closing_report(text, label.end(), len(text) if line_end < 0 else line_end, o)
    if words_end is None:
        return None
    return replace(o, content=(label.end(), words_end), content_is_phrase=False)


def _closing_report(text: str, start: int, end: int, o: Attribution) -> int | None:
    """Where the words end that `o` reports from `start` when it closes the stretch up to
    `end` with its source set off by a comma ("..., Ruiz said ."); None if it does not."""
    if o.source is None or not start < o.source[0] < o.cue_start < end:
        return None
    if cue_lemma(o.cue) not in CORE_CUES or text[o.source[0] : o.source[1]].casefold() in _FIRST:
        return None  # ("..., I think - BRENNAN : ...": a turn's own words, no report)
    comma = text.rfind(",", start, o.source[0])
    if comma < 0 or text[comma + 1 : o.source[0]].strip():
        return None
    if text[o.cue_end : end].strip(" .!?\n"):
        return None
    words_end = len(text[start:comma].rstrip()) + start
    return words_end if words_end > start else None


_FIRST = frozenset({"i", "we"})
_LINE_LABEL = re.compile(r"[A-Z][A-Za-z]+\s*:\s+")
"""One capitalised word and a colon opening a line ("Memo : ...", "Update : ...")."""


def label_end(text: str, start: int) -> int:
    """Where words opening at `start` begin after a one-word label that heads their line
    ("Memo : the dam is leaking , Ruiz said": Ruiz said what follows the label, not the
    heading); `start` when there is none."""
    if start > 0 and text[start - 1] != "\n":
        return start
    label = _LINE_LABEL.match(text, start)
    return label.end() if label is not None else start
