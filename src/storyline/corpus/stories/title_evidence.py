"""Evidence on a title line that the stories read beside its words: whether the line
opens other stored articles of its outlet (the key the store counts them under) and
whether a sentence goes on from the one before it. What the article's own words say of a
line (`is_about`, `run_in_end`) is storyline.text.line_words, shared with ingest.
"""

from __future__ import annotations

import hashlib
import re

__all__ = [
    "continues_line_before",
    "opening_key",
]

_OPENING = "~opening:"
"""Prefix of the key under which the store counts articles opening with a line: no word
of a text (see terms.article_terms) starts with "~", so it never meets a term."""

_CONTINUES = re.compile(
    r"^\W*(?:But|And|Yet|Still|Even\s+(?:then|so|now)|Since\s+then|Until\s+then|Instead|"
    r"Nor|Meanwhile|Besides|Otherwise)(?=[\s,])"
)
"""A sentence opening with a conjunction or an adverb that points back ("But in that
universe ...", "Even then, their power wanes"): it goes on from the sentence before it."""


def continues_line_before(text: str) -> bool:
    """Whether `text` opens as a sentence that goes on from the one before it."""
    return bool(_CONTINUES.match(" ".join(text.split())))


def opening_key(text: str, outlet: str | None) -> str:
    """The key counting an outlet's stored articles that open with the first line of
    `text` (whitespace and case aside), kept beside the terms' document frequencies: a line
    that opens several articles of one outlet is evidence of page furniture."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    digest = hashlib.blake2b(" ".join(first.lower().split()).encode(), digest_size=8)
    return f"{_OPENING}{outlet or ''}:{digest.hexdigest()}"
