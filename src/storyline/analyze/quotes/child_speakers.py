"""A lone surname shared by a parent and the child the article names as such, read to the
child when the words speak of the speaker's own parent.

"Coach Ramon Quenby took over ... His son , T.J. Quenby , plays for Velmar ... Quenby said
he had n't talked to his father yet": the entities stage gives a lone surname the
article's principal of that name (the relative named as such is left out, resolve.py), and
that is the father here; but a speaker who talks of "his father" or "my dad" is the one of
the two who has a father in the story, the child. Read only where the article names exactly
one person of the surname as someone's son or daughter, and the quote's words or its
attribution speak of the speaker's father or mother. Word classes only, never a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from storyline.model import EntityMention, Quote, Span

__all__ = ["child_by_parent_cue"]

_CHILD_BEFORE = re.compile(r"\b(?i:his|her|their)\s+(?:son|daughter)\s*,?\s*\Z")
"""A child's relation right before a full name ("His son , T.J. Quenby")."""
_PARENT_CUE = re.compile(r"\b(?i:his|her|my)\s+(?:father|dad|mother|mom|mum|parents)\b")
"""The speaker's own parent spoken of ("his father", "my dad")."""
_CHILD_CHARS = 24


def child_by_parent_cue(
    quotes: list[Quote], text: str, entities: Sequence[EntityMention]
) -> list[Quote]:
    """The quotes, each shown by a lone surname that names a parent given instead the one
    child of that surname the article names as such, when the quote speaks of the
    speaker's parent (see the module doc)."""
    children = _children(text, entities)
    if not children:
        return quotes
    out = list(quotes)
    for i, q in enumerate(out):
        sp = q.speaker
        if sp is None or sp.resolution != "name" or not sp.canonical or " " in sp.text.strip():
            continue
        child = children.get(sp.text.strip())
        if child is None or (child.canonical or child.text) == sp.canonical:
            continue
        if sp.canonical.split()[-1] != sp.text.strip():
            continue
        said = text[q.start : q.end]
        if sp.start is not None:
            lo = min(q.start, sp.start)
            said = text[lo : max(q.end, sp.end or sp.start)]
        if not _PARENT_CUE.search(said):
            continue
        evidence = Span(child.start, child.end, child.text)
        name = child.canonical or child.text
        out[i] = replace(q, speaker=replace(sp, canonical=name, resolved_from=evidence))
    return out


def _children(text: str, entities: Sequence[EntityMention]) -> dict[str, EntityMention]:
    """Each surname the article gives exactly one person named as someone's son or
    daughter, with that person's mention."""
    found: dict[str, dict[str, EntityMention]] = {}
    for e in entities:
        words = e.text.split()
        if e.label != "PERSON" or len(words) < 2:
            continue
        if _CHILD_BEFORE.search(text, max(0, e.start - _CHILD_CHARS), e.start):
            found.setdefault(words[-1], {}).setdefault(e.canonical or e.text, e)
    return {s: next(iter(c.values())) for s, c in found.items() if len(c) == 1}
