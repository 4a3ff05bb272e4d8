"""An unnamed body made a sentence's subject is what a later "it said" means ("The
observer mission led by Ada Ruiz issued its report. It says the count was fair").

group_pronouns.py takes, for "it", an organisation the tagger named as a nearer subject,
else the last source when that was a body. A body the text describes instead of naming
("The observer mission", "A parliamentary committee") was no candidate, so "it" went
back over it to whatever spoke before, even a person's surname left untagged. A body
described as the subject of the pronoun's sentence or the one before, after the last
source, is taken instead, shown by the phrase that describes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from storyline.analyze.entities.kind_words import BODY_KINDS
from storyline.analyze.quotes.clock_labels import after_clock_label
from storyline.analyze.quotes.referents import head_words, starting_in
from storyline.model import Sentence, Span

__all__ = ["described_body_subject"]

BODY_NOUNS = BODY_KINDS | frozenset(
    {
        *("mission", "delegation", "ministry", "department", "office", "court", "tribunal"),
        *("panel", "board", "party", "campaign", "government", "coalition", "alliance"),
        *("union", "association", "federation", "company", "firm", "group", "organisation"),
        *("organization", "team", "secretariat", "parliament", "assembly", "senate"),
    }
)
"""Singular head nouns of a body an "it" can stand for (an institution, not a person)."""

_DETERMINED = re.compile(r"\s*(?:The|A|An|Its|Their)\s")


def described_body_subject(
    text: str, sentences: Sequence[Sentence], verbs: Sequence[int], lo: int, hi: int
) -> tuple[int, Span] | None:
    """The last sentence starting in [lo, hi) whose subject, before its first verb, is a
    described body ("The international observer mission", "A senate committee"), as (its
    index, the phrase up to the head noun); None when no sentence there has one."""
    if not verbs:
        return None
    found: tuple[int, Span] | None = None
    for i in starting_in(sentences, lo, hi):
        s = sentences[i]
        at = after_clock_label(text, (s.start, s.end))[0]  # "14:50 - The mission ..."
        opening = _DETERMINED.match(text, at, s.end)
        if opening is None:
            continue
        begin = at + len(text[at : opening.end()]) - len(text[at : opening.end()].lstrip())
        k = bisect_left(verbs, begin)
        first_verb = verbs[k] if k < len(verbs) else s.end
        phrase = text[begin : min(first_verb, s.end, hi)]
        words = head_words(phrase)
        if not words or len(words) > 6 or words[-1].casefold() not in BODY_NOUNS:
            continue
        if words[-1][:1].isupper():
            continue  # "The Vell Group": a name, the tagger's to read
        head = re.search(rf"\b{re.escape(words[-1])}\b", phrase)
        cut = head.end() if head is not None else len(phrase.rstrip())
        shown = " ".join(phrase[:cut].split())
        found = (i, Span(begin, begin + cut, shown))
    return found
