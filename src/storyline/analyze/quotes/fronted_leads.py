"""Quoted words led in by a short fronted phrase, right after their speaker's sentence.

A quote with no cue of its own runs on from the last speaker only when its marks open
the sentence (`SpeakerResolver.runs_on`): marks set inside a sentence the writer speaks
are a phrase cited ("The book is full of “luminous silences”"), which the text gives to
no one. One shape is neither: a sentence that opens with a short fronted phrase and a
comma, then the speaker's words to its end, right after the sentence that names the
speaker ("“It's a turning point,” said Tomas Orlov, a planner. Unless the budget falls,
“it's very hard to see how the plan is stopped.”"; "Now, “the group is saying it is
fine.”"). The writer only sets the scene for more of the same speaker's words: a reader
is owed that speaker, not nobody.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.discourse import Discourse
from storyline.model import Speaker

__all__ = ["MAX_LEAD_WORDS", "fronted_run_on"]

MAX_LEAD_WORDS = 8
"""A fronted phrase longer than this is a sentence of the writer's own, not a lead-in."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAMING_LABELS = frozenset({"PERSON", "ORG", "NORP"})
"""A lead naming someone ("Asked about Ana Ruiz, “...”", "Like the union, “...”") may
bring in whose words follow: it is no plain scene-setting."""
_CLOSING_TAIL = re.compile(r"[\s.,;:!?)\]'’”\"-]*")


def fronted_run_on(d: Discourse, speaker: Speaker, mark_start: int, mark_end: int) -> bool:
    """Whether the marked words at text[mark_start:mark_end] run on from `speaker` (the
    last one) although their sentence does not open with them: the speaker is written in
    the sentence just before, in the same paragraph; this sentence opens with at most
    `MAX_LEAD_WORDS` words ending in a comma right before the marks, which name no
    person, body or group (nor hold, past the first word, a capitalised word that no
    mention covers, a name the tagger may have missed) and hold no marks; and the marks
    close the sentence."""
    index = d.sentence_of(mark_start)
    if speaker.start is None or index < 1:
        return False
    before, here = d.sentences[index - 1], d.sentences[index]
    if not before.start <= speaker.start < before.end:
        return False
    if "\n" in d.text[speaker.start : mark_start]:
        return False  # a new paragraph: no longer the speaker's passage
    lead = d.text[here.start : mark_start]
    words = _WORD.findall(lead)
    if not words or len(words) > MAX_LEAD_WORDS or not lead.rstrip().endswith(","):
        return False
    if any(c in lead for c in '"“”«»`') or "''" in lead:
        return False
    mentions = d.overlapping(here.start, mark_start)
    if any(e.label in _NAMING_LABELS for e in mentions):
        return False
    for word in list(_WORD.finditer(lead))[1:]:
        at = here.start + word.start()
        if word.group()[0].isupper() and not any(e.start <= at < e.end for e in mentions):
            return False  # a capitalised word no mention covers: maybe a name missed
    return _CLOSING_TAIL.fullmatch(d.text[mark_end : here.end]) is not None
