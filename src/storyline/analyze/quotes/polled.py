"""Who speaks when the subject of a reporting verb is a share of those asked.

"In a new poll, 31 percent of anglers said they ...", "Nearly three in four say they
..., according to the survey": a share or a count of people speaks only through the poll,
survey or report that counted them, which the sentence names in an opening "in" phrase
or a closing "according to". That document is the source a reader can check (and the one
a share stands for: "31 percent" is nobody); a subject that names someone ("The mayor
said ..., according to the paper") keeps their own words.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.noun_phrases import noun_phrase
from storyline.analyze.quotes.phrases import source_head

__all__ = ["a_share", "counted_by"]

_SHARES = vocab("percent % majority minority half third quarter plurality fraction share")
"""Heads of a subject that is a part of those asked, not someone who speaks."""

_COUNTING_NOUNS = vocab(
    "poll polls survey surveys study studies report reports analysis count census tally"
)
"""What an opening "in" phrase names when it counted those who answered."""


def counted_by(verb: Any, source: tuple[Any, Any] | None) -> tuple[Any, Any] | None:
    """The poll or report a share-of-people subject of `verb` was counted by (its noun
    phrase), from the verb's own sentence; None when the subject is no share or count,
    or the sentence names no such document."""
    if source is None or not a_share(source_head(source)):
        return None
    sentence = verb.sent
    return _opening_in(sentence, verb) or _closing_according(sentence, verb)


def a_share(head: Any) -> bool:
    """ "31 percent of voters", "the vast majority", "three in four", "six in 10 voters":
    a share, a bare number, or a noun counted by one with a proportion ("in 10")."""
    if head.lower_ in _SHARES or head.tag_ == "CD":
        return True
    counts = [c for c in head.children if c.dep_ == "nummod" and c.tag_ == "CD"]
    return any(any(t.lower_ in {"in", "of", "out"} for t in c.subtree) for c in counts)


def _opening_in(sentence: Any, verb: Any) -> tuple[Any, Any] | None:
    """The counting document of an "In a new poll, ..." that opens the sentence and is
    closed by a comma before the verb (so the verb's clause is what the poll found)."""
    first = sentence[0]
    if first.lower_ != "in":
        return None
    nouns = [c for c in first.children if c.dep_ == "pobj" and c.lower_ in _COUNTING_NOUNS]
    if not nouns:
        return None
    commas = [t.i for t in sentence if t.text == "," and nouns[0].i < t.i < verb.i]
    return noun_phrase(nouns[0]) if commas else None


def _closing_according(sentence: Any, verb: Any) -> tuple[Any, Any] | None:
    """The source of an "according to X" after the verb in its sentence: X counted the
    share ("..., according to the survey"), whatever kind of document it is."""
    doc = verb.doc
    for tok in sentence:
        if tok.i <= verb.i or tok.lower_ != "according" or tok.i + 1 >= sentence.end:
            continue
        to = doc[tok.i + 1]
        if to.lower_ != "to":
            continue
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if objects:
            return noun_phrase(objects[0])
    return None
