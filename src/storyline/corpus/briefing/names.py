"""A speaker's name as a reader is shown it: without the headline it was read together with.

Extraction often runs an article's headline into its first sentence with nothing between
them ("Mayor Says Budget Holds Firm Mayor Lee said on Monday ..."), and a name read from
there carries the headline's words: "Lee Says Budget Holds Firm" credited with a figure,
"Lee Outlines" listed as a speaker. A headline's verb is written title-case; no person's or
body's name holds one. So a name is cut before the first title-case headline verb that
follows a word of it (general English news vocabulary, third person: "Says", "Outlines").
"""

from __future__ import annotations

import re

from storyline.analyze.entities.context import HEADLINE_VERBS

__all__ = ["shown_name", "shown_names_in", "shown_source"]

_POSSESSIVE = re.compile(r"(?i)^\s*(?:its|their|his|her|our|my|your)\b")
_BRACKETED = re.compile(r"\[([^\[\]]+)\]")


def shown_name(name: str) -> str:
    """`name` cut before a title-case headline verb after its first word ("Lee Says Budget
    Holds" -> "Lee"); unchanged when it has none."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in HEADLINE_VERBS:
            return " ".join(words[:i])
    return " ".join(words)


def shown_source(speaker: str | None) -> str | None:
    """Who a figure is credited to, as shown: None when the words name nobody, a phrase
    opening with a possessive pronoun ("its latest figures", "their count": whose is left
    to the sentence before), else `shown_name`."""
    if not speaker or not speaker.strip():
        return None
    if _POSSESSIVE.match(speaker):
        return None
    return shown_name(speaker)


def shown_names_in(text: str) -> str:
    """A line with each bracketed name an editor put in ("[Lee Outlines] said") shown so."""
    return _BRACKETED.sub(lambda m: f"[{shown_name(m.group(1))}]", text)
