"""A person brought in by their reaction, whose words follow: "Senator Dan Brask was also
unhappy about the vote. `We were close,' he said." The pronoun closing that quotation is
the person the sentence before brought in, not a speaker quoted earlier (pronouns.py)."""

from __future__ import annotations

import re

from storyline.analyze.quotes.cues import ATTITUDE_ADJECTIVES, vocab
from storyline.analyze.quotes.discourse import Discourse, Person

__all__ = ["closed_quote_opening", "quoted_after_reaction"]

_CLOSE_BEFORE = re.compile(r"(?:''|[\"”’'])\s*,?\s*$")
"""A closing quotation mark (and a comma) right before a pronoun ("...," he said)."""
_OPENING_QUOTE = re.compile(r"\s*(?:``|[\"“‘'])")
_STANCE_STATED = re.compile(
    r"\s+(?:is|was|are|were|has\s+been|had\s+been|seemed|appeared)\s+"
    r"(?:(?:also|equally|just\s+as|as|very|deeply|clearly|not)\s+)*([a-z]+)\b"
)
_REACTIONS = ATTITUDE_ADJECTIVES | vocab("disappointed dismayed delighted satisfied displeased")
"""Words of a person's reaction ("was also unhappy", "was deeply disappointed")."""


def quoted_after_reaction(d: Discourse, newer: Person, start: int) -> bool:
    """Whether `newer` is the subject of a sentence that states their reaction ("Senator
    Dan Brask was also unhappy about the vote.") and the quotation a pronoun closes
    (`"...," he said`) opens the next sentence: the text brings the person in and gives
    their words as its proof; an earlier speaker is not read across them. A person only
    talked about ("President Halden ruled for thirty years.") leaves the pronoun open."""
    stance = _STANCE_STATED.match(d.text, newer.mention.end)
    if stance is None or stance.group(1) not in _REACTIONS:
        return False
    inside = closed_quote_opening(d, start)
    if inside is None:
        return False
    here = d.sentence_of(inside)
    if newer.sentence != here - 1:
        return False
    mark = _OPENING_QUOTE.match(d.text, d.sentences[here].start)
    return mark is not None and mark.end() >= inside


def closed_quote_opening(d: Discourse, start: int) -> int | None:
    """Where the quoted words a pronoun at `start` closes (`"...," he said`) begin: the
    first offset inside the marks; None when no quotation closes right before it. A
    quotation of several sentences opens sentences before the pronoun's own."""
    close = _CLOSE_BEFORE.search(d.text, max(0, start - 8), start)
    if close is None or d.quoted(start):
        return None
    inside = close.start() - 1
    while inside > 0 and d.quoted(inside - 1):
        inside -= 1
    return inside if d.quoted(inside) else None
