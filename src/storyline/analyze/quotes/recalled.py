"""Quoted words right after a sentence that tells what a person remembers, feels or did.

"Hale remembers the face of the man who shot him. `` It was a sneer ... ''" -- the verb
before the words (one that introduces a person's account: "remembers", "recalls",
"describes") reports none (what Hale remembers is no statement), so the quote has no
cue; yet the words are Hale's, the person the sentence before is about. Only a person
named as the opening subject of that very sentence is taken; anyone else leaves the words
as the quote stage found them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.analyze.quotes.discourse import Discourse
from storyline.model import Span, Speaker

__all__ = ["recalled_by"]

_NEXT_WORD = re.compile(r"\s+(?:still\s+|vividly\s+|clearly\s+)?([A-Za-z]+)")
_RECALLING = frozenset(
    [
        "remembers",
        "remembered",
        "recalls",
        "recalled",
        "recounts",
        "recounted",
        "describes",
        "described",
        "relives",
        "relived",
    ]
)
"""Verbs by which a person's own account of what happened to them is introduced: the
quoted words after are that account."""


def recalled_by(
    d: Discourse,
    speaker: Speaker,
    mark_start: int,
    name_of: Callable[[int, int], tuple[Speaker, str | None]],
) -> Speaker | None:
    """The person `speaker` (the source of an attribution that states nothing) names, when
    its sentence is the one just before quoted words opening at `mark_start` and it opens
    that sentence; `name_of` resolves a source span to a speaker and its entity label."""
    if speaker.start is None or speaker.end is None:
        return None
    here = d.sentence_of(mark_start)
    if here == 0 or d.sentence_of(speaker.start) != here - 1:
        return None
    if d.text[d.sentences[here - 1].start : speaker.start].strip():
        return None
    verb = _NEXT_WORD.match(d.text, speaker.end)
    if verb is None or verb.group(1).casefold() not in _RECALLING:
        return None  # "Gen. Hale was to repeat ...": a deed, and the words may be anyone's
    named, kind = name_of(speaker.start, speaker.end)
    if named.canonical is None or not named.named or kind != "PERSON":
        return None
    written = Span(speaker.start, speaker.end, speaker.text)
    return Speaker(
        speaker.text, speaker.start, speaker.end, named.canonical, True, "continuation", written
    )
