"""Sentences a brief may show as a dated development: each must tell, alone, what happened.

The timeline picks sentences by their words and dates, not by what they need from their
neighbours. Three kinds read wrong alone under a day: an illustration or a supposition
("For example, adjustable loans are risky ...", "Suppose a bank lends $100"), which shows
how something works and happened on no day; a condition ("If the dam breaks, 300 homes
would flood"), which tells what would follow, not what did; and a sentence ending on a
pronoun it points back with ("The council asked the agency to run it."), whose "it" the
sentence before names: alone, a reader cannot tell what was run, nor whether it happened on
the day shown (the sentence before may date it years back). `alone_only` leaves them out of
what the timeline may choose from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.corpus.ledger.asserted import ILLUSTRATION_START
from storyline.model import Article

__all__ = ["alone_only", "opens_supposition", "stands_alone"]

_CONDITION_START = re.compile(r"\W*(?:(?:but|and)\s+)?(?:if|unless)\b(?!\s+so\b)", re.IGNORECASE)
"""A sentence opening on a condition; "If so, ..." answers the sentence before and goes on
with what happened."""

_POINTS_BACK_END = re.compile(
    r"\b(?:it|them|him|her|this|these|those)\s*[.!?]+(?:\s*(?:''|\"|\u201d|'|\)|-RRB-))*\s*$",
    re.IGNORECASE,
)
"""A sentence ending on a pronoun object ("... to run it .", "... and fined them ."): what
it points back to is in another sentence."""


def opens_supposition(text: str) -> bool:
    """Whether `text` opens as an illustration, a supposition or a condition."""
    return bool(ILLUSTRATION_START.match(text) or _CONDITION_START.match(text))


def stands_alone(sentence: str) -> bool:
    """Whether a sentence tells alone what happened (module doc)."""
    text = " ".join(sentence.split())
    return not (opens_supposition(text) or _POINTS_BACK_END.search(text))


def alone_only(article: Article) -> Article:
    """The article with the sentences that do not stand alone left out of `sentences` (text
    unchanged, so every span still points into it)."""
    kept = tuple(s for s in article.sentences if stands_alone(article.text[s.start : s.end]))
    return article if len(kept) == len(article.sentences) else replace(article, sentences=kept)
